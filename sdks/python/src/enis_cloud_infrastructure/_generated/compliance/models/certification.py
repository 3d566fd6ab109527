from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.certification_level import CertificationLevel
from ..models.certification_status import CertificationStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.requirement_result import RequirementResult





T = TypeVar("T", bound="Certification")



@_attrs_define
class Certification:
    """ 
        Attributes:
            id (str):
            holder (str):
            level (CertificationLevel):
            status (CertificationStatus):
            audit (str):
            issued_at (datetime.datetime):
            valid_from (datetime.datetime):
            valid_until (datetime.datetime):
            renewals (int):
            issued_by (str):
            revoked_at (datetime.datetime | None):
            revoked_by (None | str):
            revocation_reason (None | str):
            requirements (list[RequirementResult]):
     """

    id: str
    holder: str
    level: CertificationLevel
    status: CertificationStatus
    audit: str
    issued_at: datetime.datetime
    valid_from: datetime.datetime
    valid_until: datetime.datetime
    renewals: int
    issued_by: str
    revoked_at: datetime.datetime | None
    revoked_by: None | str
    revocation_reason: None | str
    requirements: list[RequirementResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.requirement_result import RequirementResult # noqa: PLC0415
        id = self.id

        holder = self.holder

        level = self.level.value

        status = self.status.value

        audit = self.audit

        issued_at = self.issued_at.isoformat()

        valid_from = self.valid_from.isoformat()

        valid_until = self.valid_until.isoformat()

        renewals = self.renewals

        issued_by = self.issued_by

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        revoked_by: None | str
        revoked_by = self.revoked_by

        revocation_reason: None | str
        revocation_reason = self.revocation_reason

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "holder": holder,
            "level": level,
            "status": status,
            "audit": audit,
            "issuedAt": issued_at,
            "validFrom": valid_from,
            "validUntil": valid_until,
            "renewals": renewals,
            "issuedBy": issued_by,
            "revokedAt": revoked_at,
            "revokedBy": revoked_by,
            "revocationReason": revocation_reason,
            "requirements": requirements,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.requirement_result import RequirementResult # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        holder = d.pop("holder")

        level = CertificationLevel(d.pop("level"))




        status = CertificationStatus(d.pop("status"))




        audit = d.pop("audit")

        issued_at = datetime.datetime.fromisoformat(d.pop("issuedAt"))




        valid_from = datetime.datetime.fromisoformat(d.pop("validFrom"))




        valid_until = datetime.datetime.fromisoformat(d.pop("validUntil"))




        renewals = d.pop("renewals")

        issued_by = d.pop("issuedBy")

        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)



                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revokedAt"))


        def _parse_revoked_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revoked_by = _parse_revoked_by(d.pop("revokedBy"))


        def _parse_revocation_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revocation_reason = _parse_revocation_reason(d.pop("revocationReason"))


        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in (_requirements):
            requirements_item = RequirementResult.from_dict(requirements_item_data)



            requirements.append(requirements_item)


        certification = cls(
            id=id,
            holder=holder,
            level=level,
            status=status,
            audit=audit,
            issued_at=issued_at,
            valid_from=valid_from,
            valid_until=valid_until,
            renewals=renewals,
            issued_by=issued_by,
            revoked_at=revoked_at,
            revoked_by=revoked_by,
            revocation_reason=revocation_reason,
            requirements=requirements,
        )


        certification.additional_properties = d
        return certification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

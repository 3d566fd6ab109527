from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decision_status import DecisionStatus
from typing import cast
import datetime






T = TypeVar("T", bound="Decision")



@_attrs_define
class Decision:
    """ 
        Attributes:
            control (str):
            status (DecisionStatus):
            justification (None | str):
            approver (None | str):
            expires_at (datetime.datetime | None):
            decided_at (datetime.datetime):
            decided_by (str):
     """

    control: str
    status: DecisionStatus
    justification: None | str
    approver: None | str
    expires_at: datetime.datetime | None
    decided_at: datetime.datetime
    decided_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        control = self.control

        status = self.status.value

        justification: None | str
        justification = self.justification

        approver: None | str
        approver = self.approver

        expires_at: None | str
        if isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat()
        else:
            expires_at = self.expires_at

        decided_at = self.decided_at.isoformat()

        decided_by = self.decided_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "control": control,
            "status": status,
            "justification": justification,
            "approver": approver,
            "expiresAt": expires_at,
            "decidedAt": decided_at,
            "decidedBy": decided_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        control = d.pop("control")

        status = DecisionStatus(d.pop("status"))




        def _parse_justification(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        justification = _parse_justification(d.pop("justification"))


        def _parse_approver(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approver = _parse_approver(d.pop("approver"))


        def _parse_expires_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expires_at_type_0 = datetime.datetime.fromisoformat(data)



                return expires_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        expires_at = _parse_expires_at(d.pop("expiresAt"))


        decided_at = datetime.datetime.fromisoformat(d.pop("decidedAt"))




        decided_by = d.pop("decidedBy")

        decision = cls(
            control=control,
            status=status,
            justification=justification,
            approver=approver,
            expires_at=expires_at,
            decided_at=decided_at,
            decided_by=decided_by,
        )


        decision.additional_properties = d
        return decision

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

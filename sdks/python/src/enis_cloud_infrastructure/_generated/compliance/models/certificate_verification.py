from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.certificate_verification_level import CertificateVerificationLevel
from ..models.certificate_verification_status import CertificateVerificationStatus
from typing import cast
import datetime






T = TypeVar("T", bound="CertificateVerification")



@_attrs_define
class CertificateVerification:
    """ 
        Attributes:
            holder (str):
            level (CertificateVerificationLevel):
            status (CertificateVerificationStatus):
            valid_from (datetime.datetime):
            valid_until (datetime.datetime):
     """

    holder: str
    level: CertificateVerificationLevel
    status: CertificateVerificationStatus
    valid_from: datetime.datetime
    valid_until: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        holder = self.holder

        level = self.level.value

        status = self.status.value

        valid_from = self.valid_from.isoformat()

        valid_until = self.valid_until.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "holder": holder,
            "level": level,
            "status": status,
            "validFrom": valid_from,
            "validUntil": valid_until,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        holder = d.pop("holder")

        level = CertificateVerificationLevel(d.pop("level"))




        status = CertificateVerificationStatus(d.pop("status"))




        valid_from = datetime.datetime.fromisoformat(d.pop("validFrom"))




        valid_until = datetime.datetime.fromisoformat(d.pop("validUntil"))




        certificate_verification = cls(
            holder=holder,
            level=level,
            status=status,
            valid_from=valid_from,
            valid_until=valid_until,
        )

        return certificate_verification


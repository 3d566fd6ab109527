from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.new_certification_level import NewCertificationLevel






T = TypeVar("T", bound="NewCertification")



@_attrs_define
class NewCertification:
    """ 
        Attributes:
            holder (str): who holds it, e.g. ENIS prod platform
            level (NewCertificationLevel):
            audit (str): the audit whose evidence is checked (aud_…)
     """

    holder: str
    level: NewCertificationLevel
    audit: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        holder = self.holder

        level = self.level.value

        audit = self.audit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "holder": holder,
            "level": level,
            "audit": audit,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        holder = d.pop("holder")

        level = NewCertificationLevel(d.pop("level"))




        audit = d.pop("audit")

        new_certification = cls(
            holder=holder,
            level=level,
            audit=audit,
        )


        new_certification.additional_properties = d
        return new_certification

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

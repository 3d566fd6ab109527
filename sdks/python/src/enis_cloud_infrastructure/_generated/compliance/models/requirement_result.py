from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.requirement_result_type import RequirementResultType
from typing import cast






T = TypeVar("T", bound="RequirementResult")



@_attrs_define
class RequirementResult:
    """ 
        Attributes:
            type_ (RequirementResultType):
            met (bool):
            detail (str):
            evidence (list[str]):
     """

    type_: RequirementResultType
    met: bool
    detail: str
    evidence: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        met = self.met

        detail = self.detail

        evidence = self.evidence




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "type": type_,
            "met": met,
            "detail": detail,
            "evidence": evidence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = RequirementResultType(d.pop("type"))




        met = d.pop("met")

        detail = d.pop("detail")

        evidence = cast(list[str], d.pop("evidence"))


        requirement_result = cls(
            type_=type_,
            met=met,
            detail=detail,
            evidence=evidence,
        )


        requirement_result.additional_properties = d
        return requirement_result

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verification_first_broken_type_1_problem import VerificationFirstBrokenType1Problem






T = TypeVar("T", bound="VerificationFirstBrokenType1")



@_attrs_define
class VerificationFirstBrokenType1:
    """ 
        Attributes:
            seq (int):
            problem (VerificationFirstBrokenType1Problem):
            detail (str):
     """

    seq: int
    problem: VerificationFirstBrokenType1Problem
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        seq = self.seq

        problem = self.problem.value

        detail = self.detail


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "seq": seq,
            "problem": problem,
            "detail": detail,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        seq = d.pop("seq")

        problem = VerificationFirstBrokenType1Problem(d.pop("problem"))




        detail = d.pop("detail")

        verification_first_broken_type_1 = cls(
            seq=seq,
            problem=problem,
            detail=detail,
        )


        verification_first_broken_type_1.additional_properties = d
        return verification_first_broken_type_1

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

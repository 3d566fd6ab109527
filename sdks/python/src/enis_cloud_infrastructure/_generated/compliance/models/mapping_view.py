from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.relationship import Relationship






T = TypeVar("T", bound="MappingView")



@_attrs_define
class MappingView:
    """ 
        Attributes:
            framework (str):
            control (str):
            ref (str):
            relationship (Relationship): read: this control is <relationship> the other (NIST OLIR set relations)
            strength (int):
            shares_evidence (bool):
            receives_evidence (bool):
            rationale (str):
     """

    framework: str
    control: str
    ref: str
    relationship: Relationship
    strength: int
    shares_evidence: bool
    receives_evidence: bool
    rationale: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        framework = self.framework

        control = self.control

        ref = self.ref

        relationship = self.relationship.value

        strength = self.strength

        shares_evidence = self.shares_evidence

        receives_evidence = self.receives_evidence

        rationale = self.rationale


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "framework": framework,
            "control": control,
            "ref": ref,
            "relationship": relationship,
            "strength": strength,
            "sharesEvidence": shares_evidence,
            "receivesEvidence": receives_evidence,
            "rationale": rationale,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        framework = d.pop("framework")

        control = d.pop("control")

        ref = d.pop("ref")

        relationship = Relationship(d.pop("relationship"))




        strength = d.pop("strength")

        shares_evidence = d.pop("sharesEvidence")

        receives_evidence = d.pop("receivesEvidence")

        rationale = d.pop("rationale")

        mapping_view = cls(
            framework=framework,
            control=control,
            ref=ref,
            relationship=relationship,
            strength=strength,
            shares_evidence=shares_evidence,
            receives_evidence=receives_evidence,
            rationale=rationale,
        )


        mapping_view.additional_properties = d
        return mapping_view

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

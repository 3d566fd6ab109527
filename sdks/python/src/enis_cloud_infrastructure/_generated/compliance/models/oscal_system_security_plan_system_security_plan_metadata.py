from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import Literal, cast






T = TypeVar("T", bound="OscalSystemSecurityPlanSystemSecurityPlanMetadata")



@_attrs_define
class OscalSystemSecurityPlanSystemSecurityPlanMetadata:
    """ 
        Attributes:
            oscal_version (Literal['1.1.3']):
     """

    oscal_version: Literal['1.1.3']
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        oscal_version = self.oscal_version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "oscal-version": oscal_version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        oscal_version = cast(Literal['1.1.3'] , d.pop("oscal-version"))
        if oscal_version != '1.1.3':
            raise ValueError(f"oscal-version must match const '1.1.3', got '{oscal_version}'")

        oscal_system_security_plan_system_security_plan_metadata = cls(
            oscal_version=oscal_version,
        )


        oscal_system_security_plan_system_security_plan_metadata.additional_properties = d
        return oscal_system_security_plan_system_security_plan_metadata

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

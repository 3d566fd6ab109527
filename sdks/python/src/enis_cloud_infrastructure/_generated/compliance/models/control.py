from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.mapping_view import MappingView





T = TypeVar("T", bound="Control")



@_attrs_define
class Control:
    """ 
        Attributes:
            framework (str):
            requirement (str):
            id (str):
            ref (str): FRAMEWORK:CONTROL
            title (str):
            freshness_days (int):
            automated_by (list[str]):
            mappings (list[MappingView]):
     """

    framework: str
    requirement: str
    id: str
    ref: str
    title: str
    freshness_days: int
    automated_by: list[str]
    mappings: list[MappingView]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.mapping_view import MappingView # noqa: PLC0415
        framework = self.framework

        requirement = self.requirement

        id = self.id

        ref = self.ref

        title = self.title

        freshness_days = self.freshness_days

        automated_by = self.automated_by



        mappings = []
        for mappings_item_data in self.mappings:
            mappings_item = mappings_item_data.to_dict()
            mappings.append(mappings_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "framework": framework,
            "requirement": requirement,
            "id": id,
            "ref": ref,
            "title": title,
            "freshnessDays": freshness_days,
            "automatedBy": automated_by,
            "mappings": mappings,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mapping_view import MappingView # noqa: PLC0415
        d = dict(src_dict)
        framework = d.pop("framework")

        requirement = d.pop("requirement")

        id = d.pop("id")

        ref = d.pop("ref")

        title = d.pop("title")

        freshness_days = d.pop("freshnessDays")

        automated_by = cast(list[str], d.pop("automatedBy"))


        mappings = []
        _mappings = d.pop("mappings")
        for mappings_item_data in (_mappings):
            mappings_item = MappingView.from_dict(mappings_item_data)



            mappings.append(mappings_item)


        control = cls(
            framework=framework,
            requirement=requirement,
            id=id,
            ref=ref,
            title=title,
            freshness_days=freshness_days,
            automated_by=automated_by,
            mappings=mappings,
        )


        control.additional_properties = d
        return control

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

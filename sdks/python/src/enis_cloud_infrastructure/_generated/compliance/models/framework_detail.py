from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.framework_detail_requirements_item import FrameworkDetailRequirementsItem





T = TypeVar("T", bound="FrameworkDetail")



@_attrs_define
class FrameworkDetail:
    """ 
        Attributes:
            id (str):
            title (str):
            version (str):
            description (str):
            requirements (list[FrameworkDetailRequirementsItem]):
     """

    id: str
    title: str
    version: str
    description: str
    requirements: list[FrameworkDetailRequirementsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.framework_detail_requirements_item import FrameworkDetailRequirementsItem # noqa: PLC0415
        id = self.id

        title = self.title

        version = self.version

        description = self.description

        requirements = []
        for requirements_item_data in self.requirements:
            requirements_item = requirements_item_data.to_dict()
            requirements.append(requirements_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "title": title,
            "version": version,
            "description": description,
            "requirements": requirements,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.framework_detail_requirements_item import FrameworkDetailRequirementsItem # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        version = d.pop("version")

        description = d.pop("description")

        requirements = []
        _requirements = d.pop("requirements")
        for requirements_item_data in (_requirements):
            requirements_item = FrameworkDetailRequirementsItem.from_dict(requirements_item_data)



            requirements.append(requirements_item)


        framework_detail = cls(
            id=id,
            title=title,
            version=version,
            description=description,
            requirements=requirements,
        )


        framework_detail.additional_properties = d
        return framework_detail

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

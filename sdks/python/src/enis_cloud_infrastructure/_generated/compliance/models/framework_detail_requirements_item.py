from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.control import Control





T = TypeVar("T", bound="FrameworkDetailRequirementsItem")



@_attrs_define
class FrameworkDetailRequirementsItem:
    """ 
        Attributes:
            id (str):
            title (str):
            controls (list[Control]):
     """

    id: str
    title: str
    controls: list[Control]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.control import Control # noqa: PLC0415
        id = self.id

        title = self.title

        controls = []
        for controls_item_data in self.controls:
            controls_item = controls_item_data.to_dict()
            controls.append(controls_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "title": title,
            "controls": controls,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control import Control # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        controls = []
        _controls = d.pop("controls")
        for controls_item_data in (_controls):
            controls_item = Control.from_dict(controls_item_data)



            controls.append(controls_item)


        framework_detail_requirements_item = cls(
            id=id,
            title=title,
            controls=controls,
        )


        framework_detail_requirements_item.additional_properties = d
        return framework_detail_requirements_item

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

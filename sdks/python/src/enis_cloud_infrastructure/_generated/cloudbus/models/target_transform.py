from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.target_transform_input_paths import TargetTransformInputPaths





T = TypeVar("T", bound="TargetTransform")



@_attrs_define
class TargetTransform:
    """ 
        Attributes:
            input_paths (TargetTransformInputPaths | Unset):
            template (str | Unset):
     """

    input_paths: TargetTransformInputPaths | Unset = UNSET
    template: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.target_transform_input_paths import TargetTransformInputPaths # noqa: PLC0415
        input_paths: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_paths, Unset):
            input_paths = self.input_paths.to_dict()

        template = self.template


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if input_paths is not UNSET:
            field_dict["inputPaths"] = input_paths
        if template is not UNSET:
            field_dict["template"] = template

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_transform_input_paths import TargetTransformInputPaths # noqa: PLC0415
        d = dict(src_dict)
        _input_paths = d.pop("inputPaths", UNSET)
        input_paths: TargetTransformInputPaths | Unset
        if isinstance(_input_paths,  Unset):
            input_paths = UNSET
        else:
            input_paths = TargetTransformInputPaths.from_dict(_input_paths)




        template = d.pop("template", UNSET)

        target_transform = cls(
            input_paths=input_paths,
            template=template,
        )


        target_transform.additional_properties = d
        return target_transform

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

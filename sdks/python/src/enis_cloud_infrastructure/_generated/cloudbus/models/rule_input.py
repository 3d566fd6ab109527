from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.rule_input_pattern import RuleInputPattern
  from ..models.target import Target





T = TypeVar("T", bound="RuleInput")



@_attrs_define
class RuleInput:
    """ 
        Attributes:
            pattern (RuleInputPattern):
            targets (list[Target]):
            name (str | Unset): on create
     """

    pattern: RuleInputPattern
    targets: list[Target]
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_input_pattern import RuleInputPattern # noqa: PLC0415
        from ..models.target import Target # noqa: PLC0415
        pattern = self.pattern.to_dict()

        targets = []
        for targets_item_data in self.targets:
            targets_item = targets_item_data.to_dict()
            targets.append(targets_item)



        name = self.name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "pattern": pattern,
            "targets": targets,
        })
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_input_pattern import RuleInputPattern # noqa: PLC0415
        from ..models.target import Target # noqa: PLC0415
        d = dict(src_dict)
        pattern = RuleInputPattern.from_dict(d.pop("pattern"))




        targets = []
        _targets = d.pop("targets")
        for targets_item_data in (_targets):
            targets_item = Target.from_dict(targets_item_data)



            targets.append(targets_item)


        name = d.pop("name", UNSET)

        rule_input = cls(
            pattern=pattern,
            targets=targets,
            name=name,
        )


        rule_input.additional_properties = d
        return rule_input

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

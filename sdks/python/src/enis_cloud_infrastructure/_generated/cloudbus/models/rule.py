from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.rule_pattern import RulePattern
  from ..models.target import Target





T = TypeVar("T", bound="Rule")



@_attrs_define
class Rule:
    """ 
        Attributes:
            bus (str | Unset):
            name (str | Unset):
            pattern (RulePattern | Unset):
            targets (list[Target] | Unset):
            created_at (str | Unset):
            updated_at (str | Unset):
     """

    bus: str | Unset = UNSET
    name: str | Unset = UNSET
    pattern: RulePattern | Unset = UNSET
    targets: list[Target] | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rule_pattern import RulePattern # noqa: PLC0415
        from ..models.target import Target # noqa: PLC0415
        bus = self.bus

        name = self.name

        pattern: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pattern, Unset):
            pattern = self.pattern.to_dict()

        targets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.targets, Unset):
            targets = []
            for targets_item_data in self.targets:
                targets_item = targets_item_data.to_dict()
                targets.append(targets_item)



        created_at = self.created_at

        updated_at = self.updated_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if bus is not UNSET:
            field_dict["bus"] = bus
        if name is not UNSET:
            field_dict["name"] = name
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if targets is not UNSET:
            field_dict["targets"] = targets
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rule_pattern import RulePattern # noqa: PLC0415
        from ..models.target import Target # noqa: PLC0415
        d = dict(src_dict)
        bus = d.pop("bus", UNSET)

        name = d.pop("name", UNSET)

        _pattern = d.pop("pattern", UNSET)
        pattern: RulePattern | Unset
        if isinstance(_pattern,  Unset):
            pattern = UNSET
        else:
            pattern = RulePattern.from_dict(_pattern)




        _targets = d.pop("targets", UNSET)
        targets: list[Target] | Unset = UNSET
        if _targets is not UNSET:
            targets = []
            for targets_item_data in _targets:
                targets_item = Target.from_dict(targets_item_data)



                targets.append(targets_item)


        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        rule = cls(
            bus=bus,
            name=name,
            pattern=pattern,
            targets=targets,
            created_at=created_at,
            updated_at=updated_at,
        )


        rule.additional_properties = d
        return rule

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

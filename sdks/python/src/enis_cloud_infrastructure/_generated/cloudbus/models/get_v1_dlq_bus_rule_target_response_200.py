from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dead_letter import DeadLetter





T = TypeVar("T", bound="GetV1DlqBusRuleTargetResponse200")



@_attrs_define
class GetV1DlqBusRuleTargetResponse200:
    """ 
        Attributes:
            total (int | Unset):
            dead_letters (list[DeadLetter] | Unset):
     """

    total: int | Unset = UNSET
    dead_letters: list[DeadLetter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dead_letter import DeadLetter # noqa: PLC0415
        total = self.total

        dead_letters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dead_letters, Unset):
            dead_letters = []
            for dead_letters_item_data in self.dead_letters:
                dead_letters_item = dead_letters_item_data.to_dict()
                dead_letters.append(dead_letters_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if total is not UNSET:
            field_dict["total"] = total
        if dead_letters is not UNSET:
            field_dict["deadLetters"] = dead_letters

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dead_letter import DeadLetter # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        _dead_letters = d.pop("deadLetters", UNSET)
        dead_letters: list[DeadLetter] | Unset = UNSET
        if _dead_letters is not UNSET:
            dead_letters = []
            for dead_letters_item_data in _dead_letters:
                dead_letters_item = DeadLetter.from_dict(dead_letters_item_data)



                dead_letters.append(dead_letters_item)


        get_v1_dlq_bus_rule_target_response_200 = cls(
            total=total,
            dead_letters=dead_letters,
        )


        get_v1_dlq_bus_rule_target_response_200.additional_properties = d
        return get_v1_dlq_bus_rule_target_response_200

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

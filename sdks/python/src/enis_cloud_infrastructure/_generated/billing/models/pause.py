from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pause_proration_behavior import PauseProrationBehavior
from ..types import UNSET, Unset






T = TypeVar("T", bound="Pause")



@_attrs_define
class Pause:
    """ 
        Attributes:
            proration_behavior (PauseProrationBehavior | Unset): default create_prorations
     """

    proration_behavior: PauseProrationBehavior | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        proration_behavior: str | Unset = UNSET
        if not isinstance(self.proration_behavior, Unset):
            proration_behavior = self.proration_behavior.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if proration_behavior is not UNSET:
            field_dict["proration_behavior"] = proration_behavior

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _proration_behavior = d.pop("proration_behavior", UNSET)
        proration_behavior: PauseProrationBehavior | Unset
        if isinstance(_proration_behavior,  Unset):
            proration_behavior = UNSET
        else:
            proration_behavior = PauseProrationBehavior(_proration_behavior)




        pause = cls(
            proration_behavior=proration_behavior,
        )


        pause.additional_properties = d
        return pause

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

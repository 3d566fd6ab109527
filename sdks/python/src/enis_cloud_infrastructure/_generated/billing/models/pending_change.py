from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PendingChange")



@_attrs_define
class PendingChange:
    """ 
        Attributes:
            plan_id (str):
            quantity (int):
            effective_at (datetime.datetime):
     """

    plan_id: str
    quantity: int
    effective_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        quantity = self.quantity

        effective_at = self.effective_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "plan_id": plan_id,
            "quantity": quantity,
            "effective_at": effective_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = d.pop("plan_id")

        quantity = d.pop("quantity")

        effective_at = datetime.datetime.fromisoformat(d.pop("effective_at"))




        pending_change = cls(
            plan_id=plan_id,
            quantity=quantity,
            effective_at=effective_at,
        )


        pending_change.additional_properties = d
        return pending_change

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

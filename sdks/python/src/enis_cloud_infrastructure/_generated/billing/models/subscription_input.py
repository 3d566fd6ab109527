from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="SubscriptionInput")



@_attrs_define
class SubscriptionInput:
    """ 
        Attributes:
            customer_id (str):
            plan_id (str):
            quantity (int | Unset): units the fee is priced on (seats); default 1
            trial_days (int | Unset): default: the plan's
     """

    customer_id: str
    plan_id: str
    quantity: int | Unset = UNSET
    trial_days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        plan_id = self.plan_id

        quantity = self.quantity

        trial_days = self.trial_days


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "customer_id": customer_id,
            "plan_id": plan_id,
        })
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if trial_days is not UNSET:
            field_dict["trial_days"] = trial_days

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        customer_id = d.pop("customer_id")

        plan_id = d.pop("plan_id")

        quantity = d.pop("quantity", UNSET)

        trial_days = d.pop("trial_days", UNSET)

        subscription_input = cls(
            customer_id=customer_id,
            plan_id=plan_id,
            quantity=quantity,
            trial_days=trial_days,
        )


        subscription_input.additional_properties = d
        return subscription_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_plan_proration_behavior import ChangePlanProrationBehavior
from ..models.change_plan_timing import ChangePlanTiming
from ..types import UNSET, Unset






T = TypeVar("T", bound="ChangePlan")



@_attrs_define
class ChangePlan:
    """ 
        Attributes:
            plan_id (str): a plan in the subscription's currency
            quantity (int | Unset): default: the current quantity
            proration_behavior (ChangePlanProrationBehavior | Unset): default create_prorations
            timing (ChangePlanTiming | Unset): default: now for an upgrade (a higher fee per second), period_end for a
                downgrade
     """

    plan_id: str
    quantity: int | Unset = UNSET
    proration_behavior: ChangePlanProrationBehavior | Unset = UNSET
    timing: ChangePlanTiming | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        quantity = self.quantity

        proration_behavior: str | Unset = UNSET
        if not isinstance(self.proration_behavior, Unset):
            proration_behavior = self.proration_behavior.value


        timing: str | Unset = UNSET
        if not isinstance(self.timing, Unset):
            timing = self.timing.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "plan_id": plan_id,
        })
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if proration_behavior is not UNSET:
            field_dict["proration_behavior"] = proration_behavior
        if timing is not UNSET:
            field_dict["timing"] = timing

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = d.pop("plan_id")

        quantity = d.pop("quantity", UNSET)

        _proration_behavior = d.pop("proration_behavior", UNSET)
        proration_behavior: ChangePlanProrationBehavior | Unset
        if isinstance(_proration_behavior,  Unset):
            proration_behavior = UNSET
        else:
            proration_behavior = ChangePlanProrationBehavior(_proration_behavior)




        _timing = d.pop("timing", UNSET)
        timing: ChangePlanTiming | Unset
        if isinstance(_timing,  Unset):
            timing = UNSET
        else:
            timing = ChangePlanTiming(_timing)




        change_plan = cls(
            plan_id=plan_id,
            quantity=quantity,
            proration_behavior=proration_behavior,
            timing=timing,
        )


        change_plan.additional_properties = d
        return change_plan

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.invoice_coupons_item_duration import InvoiceCouponsItemDuration
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="InvoiceCouponsItem")



@_attrs_define
class InvoiceCouponsItem:
    """ 
        Attributes:
            id (str):
            duration (InvoiceCouponsItemDuration):
            duration_periods (int):
            period_index (int): regular periods since the coupon's first period (0: that period, whose invoice and immediate
                always_invoice invoices it discounts first)
            consumed_by (None | str): for a once coupon: the invoice of the subscription that took it first (then it is not
                active here)
            active (bool): whether it discounts this invoice
            percent_off (None | str | Unset):
            amount_off_minor (int | None | Unset):
     """

    id: str
    duration: InvoiceCouponsItemDuration
    duration_periods: int
    period_index: int
    consumed_by: None | str
    active: bool
    percent_off: None | str | Unset = UNSET
    amount_off_minor: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        duration = self.duration.value

        duration_periods = self.duration_periods

        period_index = self.period_index

        consumed_by: None | str
        consumed_by = self.consumed_by

        active = self.active

        percent_off: None | str | Unset
        if isinstance(self.percent_off, Unset):
            percent_off = UNSET
        else:
            percent_off = self.percent_off

        amount_off_minor: int | None | Unset
        if isinstance(self.amount_off_minor, Unset):
            amount_off_minor = UNSET
        else:
            amount_off_minor = self.amount_off_minor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "duration": duration,
            "duration_periods": duration_periods,
            "period_index": period_index,
            "consumed_by": consumed_by,
            "active": active,
        })
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off
        if amount_off_minor is not UNSET:
            field_dict["amount_off_minor"] = amount_off_minor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        duration = InvoiceCouponsItemDuration(d.pop("duration"))




        duration_periods = d.pop("duration_periods")

        period_index = d.pop("period_index")

        def _parse_consumed_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        consumed_by = _parse_consumed_by(d.pop("consumed_by"))


        active = d.pop("active")

        def _parse_percent_off(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        percent_off = _parse_percent_off(d.pop("percent_off", UNSET))


        def _parse_amount_off_minor(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_off_minor = _parse_amount_off_minor(d.pop("amount_off_minor", UNSET))


        invoice_coupons_item = cls(
            id=id,
            duration=duration,
            duration_periods=duration_periods,
            period_index=period_index,
            consumed_by=consumed_by,
            active=active,
            percent_off=percent_off,
            amount_off_minor=amount_off_minor,
        )


        invoice_coupons_item.additional_properties = d
        return invoice_coupons_item

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

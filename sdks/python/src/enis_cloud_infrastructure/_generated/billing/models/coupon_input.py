from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.coupon_input_duration import CouponInputDuration
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CouponInput")



@_attrs_define
class CouponInput:
    """ 
        Attributes:
            name (str):
            duration (CouponInputDuration):
            percent_off (str | Unset): more than 0, at most 100, at most 4 decimals; exactly one of percent_off and
                amount_off_minor
            amount_off_minor (int | Unset): minor units of currency; exactly one of percent_off and amount_off_minor
            currency (str | Unset): required with amount_off_minor, not allowed otherwise
            duration_periods (int | Unset): with repeating: how many invoices (1 or more); 0 or absent otherwise
            max_redemptions (int | Unset): how many subscriptions may redeem it; absent: no limit
            redeem_by (datetime.datetime | Unset): last instant it may be applied; absent: no end
     """

    name: str
    duration: CouponInputDuration
    percent_off: str | Unset = UNSET
    amount_off_minor: int | Unset = UNSET
    currency: str | Unset = UNSET
    duration_periods: int | Unset = UNSET
    max_redemptions: int | Unset = UNSET
    redeem_by: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        duration = self.duration.value

        percent_off = self.percent_off

        amount_off_minor = self.amount_off_minor

        currency = self.currency

        duration_periods = self.duration_periods

        max_redemptions = self.max_redemptions

        redeem_by: str | Unset = UNSET
        if not isinstance(self.redeem_by, Unset):
            redeem_by = self.redeem_by.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "duration": duration,
        })
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off
        if amount_off_minor is not UNSET:
            field_dict["amount_off_minor"] = amount_off_minor
        if currency is not UNSET:
            field_dict["currency"] = currency
        if duration_periods is not UNSET:
            field_dict["duration_periods"] = duration_periods
        if max_redemptions is not UNSET:
            field_dict["max_redemptions"] = max_redemptions
        if redeem_by is not UNSET:
            field_dict["redeem_by"] = redeem_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        duration = CouponInputDuration(d.pop("duration"))




        percent_off = d.pop("percent_off", UNSET)

        amount_off_minor = d.pop("amount_off_minor", UNSET)

        currency = d.pop("currency", UNSET)

        duration_periods = d.pop("duration_periods", UNSET)

        max_redemptions = d.pop("max_redemptions", UNSET)

        _redeem_by = d.pop("redeem_by", UNSET)
        redeem_by: datetime.datetime | Unset
        if isinstance(_redeem_by,  Unset):
            redeem_by = UNSET
        else:
            redeem_by = datetime.datetime.fromisoformat(_redeem_by)




        coupon_input = cls(
            name=name,
            duration=duration,
            percent_off=percent_off,
            amount_off_minor=amount_off_minor,
            currency=currency,
            duration_periods=duration_periods,
            max_redemptions=max_redemptions,
            redeem_by=redeem_by,
        )


        coupon_input.additional_properties = d
        return coupon_input

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

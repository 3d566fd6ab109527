from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.coupon_duration import CouponDuration
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime






T = TypeVar("T", bound="Coupon")



@_attrs_define
class Coupon:
    """ 
        Attributes:
            id (str):
            object_ (Literal['coupon']):
            name (str):
            duration (CouponDuration):
            duration_periods (int):
            times_redeemed (int):
            created_at (datetime.datetime):
            percent_off (None | str | Unset):
            amount_off_minor (int | None | Unset):
            currency (None | str | Unset):
            max_redemptions (int | None | Unset):
            redeem_by (datetime.datetime | None | Unset):
     """

    id: str
    object_: Literal['coupon']
    name: str
    duration: CouponDuration
    duration_periods: int
    times_redeemed: int
    created_at: datetime.datetime
    percent_off: None | str | Unset = UNSET
    amount_off_minor: int | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    max_redemptions: int | None | Unset = UNSET
    redeem_by: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        name = self.name

        duration = self.duration.value

        duration_periods = self.duration_periods

        times_redeemed = self.times_redeemed

        created_at = self.created_at.isoformat()

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

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        max_redemptions: int | None | Unset
        if isinstance(self.max_redemptions, Unset):
            max_redemptions = UNSET
        else:
            max_redemptions = self.max_redemptions

        redeem_by: None | str | Unset
        if isinstance(self.redeem_by, Unset):
            redeem_by = UNSET
        elif isinstance(self.redeem_by, datetime.datetime):
            redeem_by = self.redeem_by.isoformat()
        else:
            redeem_by = self.redeem_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "object": object_,
            "name": name,
            "duration": duration,
            "duration_periods": duration_periods,
            "times_redeemed": times_redeemed,
            "created_at": created_at,
        })
        if percent_off is not UNSET:
            field_dict["percent_off"] = percent_off
        if amount_off_minor is not UNSET:
            field_dict["amount_off_minor"] = amount_off_minor
        if currency is not UNSET:
            field_dict["currency"] = currency
        if max_redemptions is not UNSET:
            field_dict["max_redemptions"] = max_redemptions
        if redeem_by is not UNSET:
            field_dict["redeem_by"] = redeem_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal['coupon'] , d.pop("object"))
        if object_ != 'coupon':
            raise ValueError(f"object must match const 'coupon', got '{object_}'")

        name = d.pop("name")

        duration = CouponDuration(d.pop("duration"))




        duration_periods = d.pop("duration_periods")

        times_redeemed = d.pop("times_redeemed")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




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


        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))


        def _parse_max_redemptions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_redemptions = _parse_max_redemptions(d.pop("max_redemptions", UNSET))


        def _parse_redeem_by(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                redeem_by_type_0 = datetime.datetime.fromisoformat(data)



                return redeem_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        redeem_by = _parse_redeem_by(d.pop("redeem_by", UNSET))


        coupon = cls(
            id=id,
            object_=object_,
            name=name,
            duration=duration,
            duration_periods=duration_periods,
            times_redeemed=times_redeemed,
            created_at=created_at,
            percent_off=percent_off,
            amount_off_minor=amount_off_minor,
            currency=currency,
            max_redemptions=max_redemptions,
            redeem_by=redeem_by,
        )


        coupon.additional_properties = d
        return coupon

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

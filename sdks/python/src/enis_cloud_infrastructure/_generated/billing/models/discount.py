from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from typing import Literal, cast
import datetime

if TYPE_CHECKING:
  from ..models.coupon import Coupon





T = TypeVar("T", bound="Discount")



@_attrs_define
class Discount:
    """ 
        Attributes:
            id (str):
            object_ (Literal['discount']):
            subscription_id (str):
            coupon (Coupon):
            first_period_start (datetime.datetime): the first period whose invoice it discounts
            created_at (datetime.datetime):
     """

    id: str
    object_: Literal['discount']
    subscription_id: str
    coupon: Coupon
    first_period_start: datetime.datetime
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.coupon import Coupon # noqa: PLC0415
        id = self.id

        object_ = self.object_

        subscription_id = self.subscription_id

        coupon = self.coupon.to_dict()

        first_period_start = self.first_period_start.isoformat()

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "object": object_,
            "subscription_id": subscription_id,
            "coupon": coupon,
            "first_period_start": first_period_start,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.coupon import Coupon # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal['discount'] , d.pop("object"))
        if object_ != 'discount':
            raise ValueError(f"object must match const 'discount', got '{object_}'")

        subscription_id = d.pop("subscription_id")

        coupon = Coupon.from_dict(d.pop("coupon"))




        first_period_start = datetime.datetime.fromisoformat(d.pop("first_period_start"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        discount = cls(
            id=id,
            object_=object_,
            subscription_id=subscription_id,
            coupon=coupon,
            first_period_start=first_period_start,
            created_at=created_at,
        )


        discount.additional_properties = d
        return discount

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

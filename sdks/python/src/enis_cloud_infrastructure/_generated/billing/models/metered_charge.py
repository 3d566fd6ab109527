from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.price import Price





T = TypeVar("T", bound="MeteredCharge")



@_attrs_define
class MeteredCharge:
    """ 
        Attributes:
            metric_code (str):
            price (Price): flat: amount; per_unit: unit_price; package: package_price and package_size; graduated and
                volume: tiers. Amounts in whole minor units, unit prices in minor units (decimal strings).
     """

    metric_code: str
    price: Price
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.price import Price # noqa: PLC0415
        metric_code = self.metric_code

        price = self.price.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "metric_code": metric_code,
            "price": price,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price # noqa: PLC0415
        d = dict(src_dict)
        metric_code = d.pop("metric_code")

        price = Price.from_dict(d.pop("price"))




        metered_charge = cls(
            metric_code=metric_code,
            price=price,
        )


        metered_charge.additional_properties = d
        return metered_charge

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

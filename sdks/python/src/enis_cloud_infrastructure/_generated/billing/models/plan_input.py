from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.plan_input_interval import PlanInputInterval
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.metered_charge import MeteredCharge
  from ..models.price import Price





T = TypeVar("T", bound="PlanInput")



@_attrs_define
class PlanInput:
    """ a fee, at least one charge, or both

        Attributes:
            code (str):
            name (str):
            product_id (str):
            currency (str):
            interval (PlanInputInterval):
            interval_count (int | Unset):
            trial_days (int | Unset):
            fee (Price | Unset): flat: amount; per_unit: unit_price; package: package_price and package_size; graduated and
                volume: tiers. Amounts in whole minor units, unit prices in minor units (decimal strings).
            charges (list[MeteredCharge] | Unset):
     """

    code: str
    name: str
    product_id: str
    currency: str
    interval: PlanInputInterval
    interval_count: int | Unset = UNSET
    trial_days: int | Unset = UNSET
    fee: Price | Unset = UNSET
    charges: list[MeteredCharge] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.metered_charge import MeteredCharge # noqa: PLC0415
        from ..models.price import Price # noqa: PLC0415
        code = self.code

        name = self.name

        product_id = self.product_id

        currency = self.currency

        interval = self.interval.value

        interval_count = self.interval_count

        trial_days = self.trial_days

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()

        charges: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.charges, Unset):
            charges = []
            for charges_item_data in self.charges:
                charges_item = charges_item_data.to_dict()
                charges.append(charges_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name": name,
            "product_id": product_id,
            "currency": currency,
            "interval": interval,
        })
        if interval_count is not UNSET:
            field_dict["interval_count"] = interval_count
        if trial_days is not UNSET:
            field_dict["trial_days"] = trial_days
        if fee is not UNSET:
            field_dict["fee"] = fee
        if charges is not UNSET:
            field_dict["charges"] = charges

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metered_charge import MeteredCharge # noqa: PLC0415
        from ..models.price import Price # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        product_id = d.pop("product_id")

        currency = d.pop("currency")

        interval = PlanInputInterval(d.pop("interval"))




        interval_count = d.pop("interval_count", UNSET)

        trial_days = d.pop("trial_days", UNSET)

        _fee = d.pop("fee", UNSET)
        fee: Price | Unset
        if isinstance(_fee,  Unset):
            fee = UNSET
        else:
            fee = Price.from_dict(_fee)




        _charges = d.pop("charges", UNSET)
        charges: list[MeteredCharge] | Unset = UNSET
        if _charges is not UNSET:
            charges = []
            for charges_item_data in _charges:
                charges_item = MeteredCharge.from_dict(charges_item_data)



                charges.append(charges_item)


        plan_input = cls(
            code=code,
            name=name,
            product_id=product_id,
            currency=currency,
            interval=interval,
            interval_count=interval_count,
            trial_days=trial_days,
            fee=fee,
            charges=charges,
        )


        plan_input.additional_properties = d
        return plan_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.plan_interval import PlanInterval
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.metered_charge import MeteredCharge
  from ..models.price import Price





T = TypeVar("T", bound="Plan")



@_attrs_define
class Plan:
    """ 
        Attributes:
            id (str):
            code (str):
            name (str):
            product_id (str):
            currency (str):
            interval (PlanInterval):
            interval_count (int):
            trial_days (int):
            charges (list[MeteredCharge]):
            created_at (datetime.datetime):
            fee (Price | Unset): flat: amount; per_unit: unit_price; package: package_price and package_size; graduated and
                volume: tiers. Amounts in whole minor units, unit prices in minor units (decimal strings).
     """

    id: str
    code: str
    name: str
    product_id: str
    currency: str
    interval: PlanInterval
    interval_count: int
    trial_days: int
    charges: list[MeteredCharge]
    created_at: datetime.datetime
    fee: Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.metered_charge import MeteredCharge # noqa: PLC0415
        from ..models.price import Price # noqa: PLC0415
        id = self.id

        code = self.code

        name = self.name

        product_id = self.product_id

        currency = self.currency

        interval = self.interval.value

        interval_count = self.interval_count

        trial_days = self.trial_days

        charges = []
        for charges_item_data in self.charges:
            charges_item = charges_item_data.to_dict()
            charges.append(charges_item)



        created_at = self.created_at.isoformat()

        fee: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fee, Unset):
            fee = self.fee.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "code": code,
            "name": name,
            "product_id": product_id,
            "currency": currency,
            "interval": interval,
            "interval_count": interval_count,
            "trial_days": trial_days,
            "charges": charges,
            "created_at": created_at,
        })
        if fee is not UNSET:
            field_dict["fee"] = fee

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.metered_charge import MeteredCharge # noqa: PLC0415
        from ..models.price import Price # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        name = d.pop("name")

        product_id = d.pop("product_id")

        currency = d.pop("currency")

        interval = PlanInterval(d.pop("interval"))




        interval_count = d.pop("interval_count")

        trial_days = d.pop("trial_days")

        charges = []
        _charges = d.pop("charges")
        for charges_item_data in (_charges):
            charges_item = MeteredCharge.from_dict(charges_item_data)



            charges.append(charges_item)


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        _fee = d.pop("fee", UNSET)
        fee: Price | Unset
        if isinstance(_fee,  Unset):
            fee = UNSET
        else:
            fee = Price.from_dict(_fee)




        plan = cls(
            id=id,
            code=code,
            name=name,
            product_id=product_id,
            currency=currency,
            interval=interval,
            interval_count=interval_count,
            trial_days=trial_days,
            charges=charges,
            created_at=created_at,
            fee=fee,
        )


        plan.additional_properties = d
        return plan

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

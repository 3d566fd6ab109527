from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.price_model import PriceModel
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.tier import Tier





T = TypeVar("T", bound="Price")



@_attrs_define
class Price:
    """ flat: amount; per_unit: unit_price; package: package_price and package_size; graduated and volume: tiers. Amounts in
    whole minor units, unit prices in minor units (decimal strings).

        Attributes:
            model (PriceModel):
            amount (int | Unset): whole minor units (1999 = 19.99 EUR)
            unit_price (int | str | Unset): a decimal as a string ("0.05") or a whole number; never a JSON number with a
                fraction
            package_price (int | Unset): whole minor units (1999 = 19.99 EUR)
            package_size (int | Unset):
            tiers (list[Tier] | Unset):
     """

    model: PriceModel
    amount: int | Unset = UNSET
    unit_price: int | str | Unset = UNSET
    package_price: int | Unset = UNSET
    package_size: int | Unset = UNSET
    tiers: list[Tier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.tier import Tier # noqa: PLC0415
        model = self.model.value

        amount = self.amount

        unit_price: int | str | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        package_price = self.package_price

        package_size = self.package_size

        tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = []
            for tiers_item_data in self.tiers:
                tiers_item = tiers_item_data.to_dict()
                tiers.append(tiers_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "model": model,
        })
        if amount is not UNSET:
            field_dict["amount"] = amount
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if package_price is not UNSET:
            field_dict["package_price"] = package_price
        if package_size is not UNSET:
            field_dict["package_size"] = package_size
        if tiers is not UNSET:
            field_dict["tiers"] = tiers

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tier import Tier # noqa: PLC0415
        d = dict(src_dict)
        model = PriceModel(d.pop("model"))




        amount = d.pop("amount", UNSET)

        def _parse_unit_price(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        unit_price = _parse_unit_price(d.pop("unit_price", UNSET))


        package_price = d.pop("package_price", UNSET)

        package_size = d.pop("package_size", UNSET)

        _tiers = d.pop("tiers", UNSET)
        tiers: list[Tier] | Unset = UNSET
        if _tiers is not UNSET:
            tiers = []
            for tiers_item_data in _tiers:
                tiers_item = Tier.from_dict(tiers_item_data)



                tiers.append(tiers_item)


        price = cls(
            model=model,
            amount=amount,
            unit_price=unit_price,
            package_price=package_price,
            package_size=package_size,
            tiers=tiers,
        )


        price.additional_properties = d
        return price

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.billing_address import BillingAddress
  from ..models.tax_rate import TaxRate





T = TypeVar("T", bound="CustomerInput")



@_attrs_define
class CustomerInput:
    """ 
        Attributes:
            name (str):
            currency (str): ISO 4217; fixed once created
            external_id (str | Unset): your id for the customer; unique
            email (str | Unset):
            billing_address (BillingAddress | Unset):
            tax_rates (list[TaxRate] | Unset):
            stripe_customer_id (str | Unset):
     """

    name: str
    currency: str
    external_id: str | Unset = UNSET
    email: str | Unset = UNSET
    billing_address: BillingAddress | Unset = UNSET
    tax_rates: list[TaxRate] | Unset = UNSET
    stripe_customer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_address import BillingAddress # noqa: PLC0415
        from ..models.tax_rate import TaxRate # noqa: PLC0415
        name = self.name

        currency = self.currency

        external_id = self.external_id

        email = self.email

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        tax_rates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tax_rates, Unset):
            tax_rates = []
            for tax_rates_item_data in self.tax_rates:
                tax_rates_item = tax_rates_item_data.to_dict()
                tax_rates.append(tax_rates_item)



        stripe_customer_id = self.stripe_customer_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "currency": currency,
        })
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if email is not UNSET:
            field_dict["email"] = email
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if tax_rates is not UNSET:
            field_dict["tax_rates"] = tax_rates
        if stripe_customer_id is not UNSET:
            field_dict["stripe_customer_id"] = stripe_customer_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_address import BillingAddress # noqa: PLC0415
        from ..models.tax_rate import TaxRate # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        currency = d.pop("currency")

        external_id = d.pop("external_id", UNSET)

        email = d.pop("email", UNSET)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: BillingAddress | Unset
        if isinstance(_billing_address,  Unset):
            billing_address = UNSET
        else:
            billing_address = BillingAddress.from_dict(_billing_address)




        _tax_rates = d.pop("tax_rates", UNSET)
        tax_rates: list[TaxRate] | Unset = UNSET
        if _tax_rates is not UNSET:
            tax_rates = []
            for tax_rates_item_data in _tax_rates:
                tax_rates_item = TaxRate.from_dict(tax_rates_item_data)



                tax_rates.append(tax_rates_item)


        stripe_customer_id = d.pop("stripe_customer_id", UNSET)

        customer_input = cls(
            name=name,
            currency=currency,
            external_id=external_id,
            email=email,
            billing_address=billing_address,
            tax_rates=tax_rates,
            stripe_customer_id=stripe_customer_id,
        )


        customer_input.additional_properties = d
        return customer_input

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

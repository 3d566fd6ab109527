from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.billing_address import BillingAddress
  from ..models.tax_rate import TaxRate





T = TypeVar("T", bound="Customer")



@_attrs_define
class Customer:
    """ 
        Attributes:
            id (str):
            name (str):
            currency (str): ISO 4217; fixed once created
            tax_rates (list[TaxRate]):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            external_id (str | Unset): your id for the customer; unique
            email (str | Unset):
            billing_address (BillingAddress | Unset):
            stripe_customer_id (str | Unset):
     """

    id: str
    name: str
    currency: str
    tax_rates: list[TaxRate]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    external_id: str | Unset = UNSET
    email: str | Unset = UNSET
    billing_address: BillingAddress | Unset = UNSET
    stripe_customer_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_address import BillingAddress # noqa: PLC0415
        from ..models.tax_rate import TaxRate # noqa: PLC0415
        id = self.id

        name = self.name

        currency = self.currency

        tax_rates = []
        for tax_rates_item_data in self.tax_rates:
            tax_rates_item = tax_rates_item_data.to_dict()
            tax_rates.append(tax_rates_item)



        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        external_id = self.external_id

        email = self.email

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        stripe_customer_id = self.stripe_customer_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "currency": currency,
            "tax_rates": tax_rates,
            "created_at": created_at,
            "updated_at": updated_at,
        })
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if email is not UNSET:
            field_dict["email"] = email
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if stripe_customer_id is not UNSET:
            field_dict["stripe_customer_id"] = stripe_customer_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_address import BillingAddress # noqa: PLC0415
        from ..models.tax_rate import TaxRate # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        currency = d.pop("currency")

        tax_rates = []
        _tax_rates = d.pop("tax_rates")
        for tax_rates_item_data in (_tax_rates):
            tax_rates_item = TaxRate.from_dict(tax_rates_item_data)



            tax_rates.append(tax_rates_item)


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        external_id = d.pop("external_id", UNSET)

        email = d.pop("email", UNSET)

        _billing_address = d.pop("billing_address", UNSET)
        billing_address: BillingAddress | Unset
        if isinstance(_billing_address,  Unset):
            billing_address = UNSET
        else:
            billing_address = BillingAddress.from_dict(_billing_address)




        stripe_customer_id = d.pop("stripe_customer_id", UNSET)

        customer = cls(
            id=id,
            name=name,
            currency=currency,
            tax_rates=tax_rates,
            created_at=created_at,
            updated_at=updated_at,
            external_id=external_id,
            email=email,
            billing_address=billing_address,
            stripe_customer_id=stripe_customer_id,
        )


        customer.additional_properties = d
        return customer

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime






T = TypeVar("T", bound="PaymentMethod")



@_attrs_define
class PaymentMethod:
    """ 
        Attributes:
            id (str):
            object_ (Literal['payment_method']):
            customer_id (str):
            provider (str):
            type_ (str): card, sepa_debit, …; offline for the offline provider
            default (bool): invoices are charged on the default method
            created_at (datetime.datetime):
            brand (None | str | Unset):
            last4 (None | str | Unset):
     """

    id: str
    object_: Literal['payment_method']
    customer_id: str
    provider: str
    type_: str
    default: bool
    created_at: datetime.datetime
    brand: None | str | Unset = UNSET
    last4: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        customer_id = self.customer_id

        provider = self.provider

        type_ = self.type_

        default = self.default

        created_at = self.created_at.isoformat()

        brand: None | str | Unset
        if isinstance(self.brand, Unset):
            brand = UNSET
        else:
            brand = self.brand

        last4: None | str | Unset
        if isinstance(self.last4, Unset):
            last4 = UNSET
        else:
            last4 = self.last4


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "object": object_,
            "customer_id": customer_id,
            "provider": provider,
            "type": type_,
            "default": default,
            "created_at": created_at,
        })
        if brand is not UNSET:
            field_dict["brand"] = brand
        if last4 is not UNSET:
            field_dict["last4"] = last4

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal['payment_method'] , d.pop("object"))
        if object_ != 'payment_method':
            raise ValueError(f"object must match const 'payment_method', got '{object_}'")

        customer_id = d.pop("customer_id")

        provider = d.pop("provider")

        type_ = d.pop("type")

        default = d.pop("default")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_brand(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        brand = _parse_brand(d.pop("brand", UNSET))


        def _parse_last4(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last4 = _parse_last4(d.pop("last4", UNSET))


        payment_method = cls(
            id=id,
            object_=object_,
            customer_id=customer_id,
            provider=provider,
            type_=type_,
            default=default,
            created_at=created_at,
            brand=brand,
            last4=last4,
        )


        payment_method.additional_properties = d
        return payment_method

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

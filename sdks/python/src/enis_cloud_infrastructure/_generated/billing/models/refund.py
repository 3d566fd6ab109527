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






T = TypeVar("T", bound="Refund")



@_attrs_define
class Refund:
    """ 
        Attributes:
            id (str):
            object_ (Literal['refund']):
            payment_id (str):
            amount_minor (int):
            currency (str):
            created_at (datetime.datetime):
            provider_refund_id (None | str | Unset):
     """

    id: str
    object_: Literal['refund']
    payment_id: str
    amount_minor: int
    currency: str
    created_at: datetime.datetime
    provider_refund_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        payment_id = self.payment_id

        amount_minor = self.amount_minor

        currency = self.currency

        created_at = self.created_at.isoformat()

        provider_refund_id: None | str | Unset
        if isinstance(self.provider_refund_id, Unset):
            provider_refund_id = UNSET
        else:
            provider_refund_id = self.provider_refund_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "object": object_,
            "payment_id": payment_id,
            "amount_minor": amount_minor,
            "currency": currency,
            "created_at": created_at,
        })
        if provider_refund_id is not UNSET:
            field_dict["provider_refund_id"] = provider_refund_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal['refund'] , d.pop("object"))
        if object_ != 'refund':
            raise ValueError(f"object must match const 'refund', got '{object_}'")

        payment_id = d.pop("payment_id")

        amount_minor = d.pop("amount_minor")

        currency = d.pop("currency")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_provider_refund_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_refund_id = _parse_provider_refund_id(d.pop("provider_refund_id", UNSET))


        refund = cls(
            id=id,
            object_=object_,
            payment_id=payment_id,
            amount_minor=amount_minor,
            currency=currency,
            created_at=created_at,
            provider_refund_id=provider_refund_id,
        )


        refund.additional_properties = d
        return refund

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

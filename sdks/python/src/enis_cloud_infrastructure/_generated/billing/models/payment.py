from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.payment_status import PaymentStatus
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime






T = TypeVar("T", bound="Payment")



@_attrs_define
class Payment:
    """ 
        Attributes:
            id (str):
            object_ (Literal['payment']):
            invoice_id (str):
            attempt (int):
            provider (str): stripe, offline, or manual (recorded through the API)
            amount_minor (int):
            currency (str):
            status (PaymentStatus):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            provider_payment_id (None | str | Unset):
            decline_code (None | str | Unset):
            message (None | str | Unset):
     """

    id: str
    object_: Literal['payment']
    invoice_id: str
    attempt: int
    provider: str
    amount_minor: int
    currency: str
    status: PaymentStatus
    created_at: datetime.datetime
    updated_at: datetime.datetime
    provider_payment_id: None | str | Unset = UNSET
    decline_code: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        invoice_id = self.invoice_id

        attempt = self.attempt

        provider = self.provider

        amount_minor = self.amount_minor

        currency = self.currency

        status = self.status.value

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        provider_payment_id: None | str | Unset
        if isinstance(self.provider_payment_id, Unset):
            provider_payment_id = UNSET
        else:
            provider_payment_id = self.provider_payment_id

        decline_code: None | str | Unset
        if isinstance(self.decline_code, Unset):
            decline_code = UNSET
        else:
            decline_code = self.decline_code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "object": object_,
            "invoice_id": invoice_id,
            "attempt": attempt,
            "provider": provider,
            "amount_minor": amount_minor,
            "currency": currency,
            "status": status,
            "created_at": created_at,
            "updated_at": updated_at,
        })
        if provider_payment_id is not UNSET:
            field_dict["provider_payment_id"] = provider_payment_id
        if decline_code is not UNSET:
            field_dict["decline_code"] = decline_code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal['payment'] , d.pop("object"))
        if object_ != 'payment':
            raise ValueError(f"object must match const 'payment', got '{object_}'")

        invoice_id = d.pop("invoice_id")

        attempt = d.pop("attempt")

        provider = d.pop("provider")

        amount_minor = d.pop("amount_minor")

        currency = d.pop("currency")

        status = PaymentStatus(d.pop("status"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        def _parse_provider_payment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider_payment_id = _parse_provider_payment_id(d.pop("provider_payment_id", UNSET))


        def _parse_decline_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decline_code = _parse_decline_code(d.pop("decline_code", UNSET))


        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))


        payment = cls(
            id=id,
            object_=object_,
            invoice_id=invoice_id,
            attempt=attempt,
            provider=provider,
            amount_minor=amount_minor,
            currency=currency,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            provider_payment_id=provider_payment_id,
            decline_code=decline_code,
            message=message,
        )


        payment.additional_properties = d
        return payment

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

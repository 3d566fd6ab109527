from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.customer_balance_transactions_item_kind import CustomerBalanceTransactionsItemKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CustomerBalanceTransactionsItem")



@_attrs_define
class CustomerBalanceTransactionsItem:
    """ 
        Attributes:
            kind (CustomerBalanceTransactionsItemKind): credit_note: + a credit note on a paid invoice; applied: − taken by
                an invoice at finalization; returned: + given back by a voided invoice
            amount_minor (int): signed: + credits the customer
            balance_before_minor (int):
            balance_after_minor (int): never below zero
            actor (str): the API key id, or scheduler for the invoice run
            created_at (datetime.datetime):
            credit_note_id (None | str | Unset):
            invoice_id (None | str | Unset):
     """

    kind: CustomerBalanceTransactionsItemKind
    amount_minor: int
    balance_before_minor: int
    balance_after_minor: int
    actor: str
    created_at: datetime.datetime
    credit_note_id: None | str | Unset = UNSET
    invoice_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        amount_minor = self.amount_minor

        balance_before_minor = self.balance_before_minor

        balance_after_minor = self.balance_after_minor

        actor = self.actor

        created_at = self.created_at.isoformat()

        credit_note_id: None | str | Unset
        if isinstance(self.credit_note_id, Unset):
            credit_note_id = UNSET
        else:
            credit_note_id = self.credit_note_id

        invoice_id: None | str | Unset
        if isinstance(self.invoice_id, Unset):
            invoice_id = UNSET
        else:
            invoice_id = self.invoice_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "amount_minor": amount_minor,
            "balance_before_minor": balance_before_minor,
            "balance_after_minor": balance_after_minor,
            "actor": actor,
            "created_at": created_at,
        })
        if credit_note_id is not UNSET:
            field_dict["credit_note_id"] = credit_note_id
        if invoice_id is not UNSET:
            field_dict["invoice_id"] = invoice_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = CustomerBalanceTransactionsItemKind(d.pop("kind"))




        amount_minor = d.pop("amount_minor")

        balance_before_minor = d.pop("balance_before_minor")

        balance_after_minor = d.pop("balance_after_minor")

        actor = d.pop("actor")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_credit_note_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        credit_note_id = _parse_credit_note_id(d.pop("credit_note_id", UNSET))


        def _parse_invoice_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_id = _parse_invoice_id(d.pop("invoice_id", UNSET))


        customer_balance_transactions_item = cls(
            kind=kind,
            amount_minor=amount_minor,
            balance_before_minor=balance_before_minor,
            balance_after_minor=balance_after_minor,
            actor=actor,
            created_at=created_at,
            credit_note_id=credit_note_id,
            invoice_id=invoice_id,
        )


        customer_balance_transactions_item.additional_properties = d
        return customer_balance_transactions_item

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

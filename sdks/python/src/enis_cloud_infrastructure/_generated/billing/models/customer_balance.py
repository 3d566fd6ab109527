from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.customer_balance_transactions_item import CustomerBalanceTransactionsItem





T = TypeVar("T", bound="CustomerBalance")



@_attrs_define
class CustomerBalance:
    """ 
        Attributes:
            object_ (Literal['customer_balance']):
            customer_id (str):
            currency (str):
            balance_minor (int): what the customer is owed: credit notes of type credit on paid invoices add to it, invoices
                take from it at finalization, voided invoices give back what they took
            transactions (list[CustomerBalanceTransactionsItem]):
     """

    object_: Literal['customer_balance']
    customer_id: str
    currency: str
    balance_minor: int
    transactions: list[CustomerBalanceTransactionsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_balance_transactions_item import CustomerBalanceTransactionsItem # noqa: PLC0415
        object_ = self.object_

        customer_id = self.customer_id

        currency = self.currency

        balance_minor = self.balance_minor

        transactions = []
        for transactions_item_data in self.transactions:
            transactions_item = transactions_item_data.to_dict()
            transactions.append(transactions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "object": object_,
            "customer_id": customer_id,
            "currency": currency,
            "balance_minor": balance_minor,
            "transactions": transactions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_balance_transactions_item import CustomerBalanceTransactionsItem # noqa: PLC0415
        d = dict(src_dict)
        object_ = cast(Literal['customer_balance'] , d.pop("object"))
        if object_ != 'customer_balance':
            raise ValueError(f"object must match const 'customer_balance', got '{object_}'")

        customer_id = d.pop("customer_id")

        currency = d.pop("currency")

        balance_minor = d.pop("balance_minor")

        transactions = []
        _transactions = d.pop("transactions")
        for transactions_item_data in (_transactions):
            transactions_item = CustomerBalanceTransactionsItem.from_dict(transactions_item_data)



            transactions.append(transactions_item)


        customer_balance = cls(
            object_=object_,
            customer_id=customer_id,
            currency=currency,
            balance_minor=balance_minor,
            transactions=transactions,
        )


        customer_balance.additional_properties = d
        return customer_balance

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="InvoiceBalanceApplicationType1")



@_attrs_define
class InvoiceBalanceApplicationType1:
    """ 
        Attributes:
            formula (str):
            balance_before_minor (int): the customer's balance the finalization saw
            total_minor (int):
            applied_minor (int): min(max(balance_before, 0), max(total, 0))
            balance_after_minor (int): balance_before − applied, never below zero
     """

    formula: str
    balance_before_minor: int
    total_minor: int
    applied_minor: int
    balance_after_minor: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        formula = self.formula

        balance_before_minor = self.balance_before_minor

        total_minor = self.total_minor

        applied_minor = self.applied_minor

        balance_after_minor = self.balance_after_minor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "formula": formula,
            "balance_before_minor": balance_before_minor,
            "total_minor": total_minor,
            "applied_minor": applied_minor,
            "balance_after_minor": balance_after_minor,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        formula = d.pop("formula")

        balance_before_minor = d.pop("balance_before_minor")

        total_minor = d.pop("total_minor")

        applied_minor = d.pop("applied_minor")

        balance_after_minor = d.pop("balance_after_minor")

        invoice_balance_application_type_1 = cls(
            formula=formula,
            balance_before_minor=balance_before_minor,
            total_minor=total_minor,
            applied_minor=applied_minor,
            balance_after_minor=balance_after_minor,
        )


        invoice_balance_application_type_1.additional_properties = d
        return invoice_balance_application_type_1

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="InvoiceLineAdjustmentsItem")



@_attrs_define
class InvoiceLineAdjustmentsItem:
    """ 
        Attributes:
            kind (str | Unset):
            source (str | Unset):
            formula (str | Unset):
            exact_minor (str | Unset):
            amount_minor (int | Unset):
     """

    kind: str | Unset = UNSET
    source: str | Unset = UNSET
    formula: str | Unset = UNSET
    exact_minor: str | Unset = UNSET
    amount_minor: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        source = self.source

        formula = self.formula

        exact_minor = self.exact_minor

        amount_minor = self.amount_minor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if source is not UNSET:
            field_dict["source"] = source
        if formula is not UNSET:
            field_dict["formula"] = formula
        if exact_minor is not UNSET:
            field_dict["exact_minor"] = exact_minor
        if amount_minor is not UNSET:
            field_dict["amount_minor"] = amount_minor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind", UNSET)

        source = d.pop("source", UNSET)

        formula = d.pop("formula", UNSET)

        exact_minor = d.pop("exact_minor", UNSET)

        amount_minor = d.pop("amount_minor", UNSET)

        invoice_line_adjustments_item = cls(
            kind=kind,
            source=source,
            formula=formula,
            exact_minor=exact_minor,
            amount_minor=amount_minor,
        )


        invoice_line_adjustments_item.additional_properties = d
        return invoice_line_adjustments_item

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

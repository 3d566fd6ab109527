from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credit_note_input_type import CreditNoteInputType
from ..types import UNSET, Unset






T = TypeVar("T", bound="CreditNoteInput")



@_attrs_define
class CreditNoteInput:
    """ 
        Attributes:
            amount_minor (int): in the invoice's currency; at most what remains: invoiced (open) or paid (paid) less earlier
                credits, and for a refund what the payment collected less earlier refunds
            reason (str):
            type_ (CreditNoteInputType | Unset): credit (default): an open invoice asks for less, a paid one credits the
                customer's balance; refund: money back through the provider (paid invoices; Idempotency-Key required)
     """

    amount_minor: int
    reason: str
    type_: CreditNoteInputType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_minor = self.amount_minor

        reason = self.reason

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_minor": amount_minor,
            "reason": reason,
        })
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_minor = d.pop("amount_minor")

        reason = d.pop("reason")

        _type_ = d.pop("type", UNSET)
        type_: CreditNoteInputType | Unset
        if isinstance(_type_,  Unset):
            type_ = UNSET
        else:
            type_ = CreditNoteInputType(_type_)




        credit_note_input = cls(
            amount_minor=amount_minor,
            reason=reason,
            type_=type_,
        )


        credit_note_input.additional_properties = d
        return credit_note_input

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

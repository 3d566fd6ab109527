from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.credit_note_type import CreditNoteType
from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime






T = TypeVar("T", bound="CreditNote")



@_attrs_define
class CreditNote:
    """ 
        Attributes:
            id (str):
            object_ (Literal['credit_note']):
            invoice_id (str):
            number (str):
            amount_minor (int):
            currency (str):
            reason (str):
            created_at (datetime.datetime):
            type_ (CreditNoteType):
            refund_id (None | str | Unset): the refund that paid a refund credit note back
     """

    id: str
    object_: Literal['credit_note']
    invoice_id: str
    number: str
    amount_minor: int
    currency: str
    reason: str
    created_at: datetime.datetime
    type_: CreditNoteType
    refund_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        invoice_id = self.invoice_id

        number = self.number

        amount_minor = self.amount_minor

        currency = self.currency

        reason = self.reason

        created_at = self.created_at.isoformat()

        type_ = self.type_.value

        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "object": object_,
            "invoice_id": invoice_id,
            "number": number,
            "amount_minor": amount_minor,
            "currency": currency,
            "reason": reason,
            "created_at": created_at,
            "type": type_,
        })
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal['credit_note'] , d.pop("object"))
        if object_ != 'credit_note':
            raise ValueError(f"object must match const 'credit_note', got '{object_}'")

        invoice_id = d.pop("invoice_id")

        number = d.pop("number")

        amount_minor = d.pop("amount_minor")

        currency = d.pop("currency")

        reason = d.pop("reason")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        type_ = CreditNoteType(d.pop("type"))




        def _parse_refund_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_id = _parse_refund_id(d.pop("refund_id", UNSET))


        credit_note = cls(
            id=id,
            object_=object_,
            invoice_id=invoice_id,
            number=number,
            amount_minor=amount_minor,
            currency=currency,
            reason=reason,
            created_at=created_at,
            type_=type_,
            refund_id=refund_id,
        )


        credit_note.additional_properties = d
        return credit_note

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

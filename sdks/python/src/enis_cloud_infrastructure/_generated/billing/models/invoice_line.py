from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.invoice_line_kind import InvoiceLineKind
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.invoice_line_adjustments_item import InvoiceLineAdjustmentsItem
  from ..models.invoice_line_usage import InvoiceLineUsage
  from ..models.line_trace import LineTrace





T = TypeVar("T", bound="InvoiceLine")



@_attrs_define
class InvoiceLine:
    """ 
        Attributes:
            kind (InvoiceLineKind):
            description (str):
            quantity (str):
            amount_minor (int):
            amount (str): in major units, the currency's decimals
            trace (LineTrace): how the line was computed: formula, inputs, period and days, rounding
            adjustments (list[InvoiceLineAdjustmentsItem]):
            total_minor (int):
            usage (InvoiceLineUsage | Unset): usage lines: how many events and the SHA-256 of their sorted ids, each
                followed by a line feed
     """

    kind: InvoiceLineKind
    description: str
    quantity: str
    amount_minor: int
    amount: str
    trace: LineTrace
    adjustments: list[InvoiceLineAdjustmentsItem]
    total_minor: int
    usage: InvoiceLineUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.invoice_line_adjustments_item import InvoiceLineAdjustmentsItem # noqa: PLC0415
        from ..models.invoice_line_usage import InvoiceLineUsage # noqa: PLC0415
        from ..models.line_trace import LineTrace # noqa: PLC0415
        kind = self.kind.value

        description = self.description

        quantity = self.quantity

        amount_minor = self.amount_minor

        amount = self.amount

        trace = self.trace.to_dict()

        adjustments = []
        for adjustments_item_data in self.adjustments:
            adjustments_item = adjustments_item_data.to_dict()
            adjustments.append(adjustments_item)



        total_minor = self.total_minor

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "description": description,
            "quantity": quantity,
            "amount_minor": amount_minor,
            "amount": amount,
            "trace": trace,
            "adjustments": adjustments,
            "total_minor": total_minor,
        })
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line_adjustments_item import InvoiceLineAdjustmentsItem # noqa: PLC0415
        from ..models.invoice_line_usage import InvoiceLineUsage # noqa: PLC0415
        from ..models.line_trace import LineTrace # noqa: PLC0415
        d = dict(src_dict)
        kind = InvoiceLineKind(d.pop("kind"))




        description = d.pop("description")

        quantity = d.pop("quantity")

        amount_minor = d.pop("amount_minor")

        amount = d.pop("amount")

        trace = LineTrace.from_dict(d.pop("trace"))




        adjustments = []
        _adjustments = d.pop("adjustments")
        for adjustments_item_data in (_adjustments):
            adjustments_item = InvoiceLineAdjustmentsItem.from_dict(adjustments_item_data)



            adjustments.append(adjustments_item)


        total_minor = d.pop("total_minor")

        _usage = d.pop("usage", UNSET)
        usage: InvoiceLineUsage | Unset
        if isinstance(_usage,  Unset):
            usage = UNSET
        else:
            usage = InvoiceLineUsage.from_dict(_usage)




        invoice_line = cls(
            kind=kind,
            description=description,
            quantity=quantity,
            amount_minor=amount_minor,
            amount=amount,
            trace=trace,
            adjustments=adjustments,
            total_minor=total_minor,
            usage=usage,
        )


        invoice_line.additional_properties = d
        return invoice_line

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.proration_behavior import ProrationBehavior
from ..models.proration_kind import ProrationKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.proration_trace import ProrationTrace





T = TypeVar("T", bound="Proration")



@_attrs_define
class Proration:
    """ 
        Attributes:
            id (str):
            subscription_id (str):
            period_start (datetime.datetime):
            kind (ProrationKind):
            plan_id (str):
            quantity (int):
            amount_minor (int): negative for a credit
            currency (str):
            behavior (ProrationBehavior):
            invoice_now (bool): always_invoice: bill at once
            trace (ProrationTrace):
            created_at (datetime.datetime):
     """

    id: str
    subscription_id: str
    period_start: datetime.datetime
    kind: ProrationKind
    plan_id: str
    quantity: int
    amount_minor: int
    currency: str
    behavior: ProrationBehavior
    invoice_now: bool
    trace: ProrationTrace
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.proration_trace import ProrationTrace # noqa: PLC0415
        id = self.id

        subscription_id = self.subscription_id

        period_start = self.period_start.isoformat()

        kind = self.kind.value

        plan_id = self.plan_id

        quantity = self.quantity

        amount_minor = self.amount_minor

        currency = self.currency

        behavior = self.behavior.value

        invoice_now = self.invoice_now

        trace = self.trace.to_dict()

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "subscription_id": subscription_id,
            "period_start": period_start,
            "kind": kind,
            "plan_id": plan_id,
            "quantity": quantity,
            "amount_minor": amount_minor,
            "currency": currency,
            "behavior": behavior,
            "invoice_now": invoice_now,
            "trace": trace,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proration_trace import ProrationTrace # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        subscription_id = d.pop("subscription_id")

        period_start = datetime.datetime.fromisoformat(d.pop("period_start"))




        kind = ProrationKind(d.pop("kind"))




        plan_id = d.pop("plan_id")

        quantity = d.pop("quantity")

        amount_minor = d.pop("amount_minor")

        currency = d.pop("currency")

        behavior = ProrationBehavior(d.pop("behavior"))




        invoice_now = d.pop("invoice_now")

        trace = ProrationTrace.from_dict(d.pop("trace"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        proration = cls(
            id=id,
            subscription_id=subscription_id,
            period_start=period_start,
            kind=kind,
            plan_id=plan_id,
            quantity=quantity,
            amount_minor=amount_minor,
            currency=currency,
            behavior=behavior,
            invoice_now=invoice_now,
            trace=trace,
            created_at=created_at,
        )


        proration.additional_properties = d
        return proration

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

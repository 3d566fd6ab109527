from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.subscription_status import SubscriptionStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.pending_change import PendingChange





T = TypeVar("T", bound="SubscriptionChange")



@_attrs_define
class SubscriptionChange:
    """ 
        Attributes:
            id (str):
            customer_id (str):
            plan_id (str):
            quantity (int):
            currency (str):
            status (SubscriptionStatus):
            billing_anchor (datetime.datetime):
            period_index (int): the current period counted from the anchor; -1 during the trial
            cancel_at_period_end (bool):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            latest_invoice_id (None | str): with proration_behavior=always_invoice: the invoice of the change's prorations,
                finalized and collected at once; null otherwise or for a net credit
            current_period_start (datetime.datetime | Unset):
            current_period_end (datetime.datetime | Unset):
            trial_end (datetime.datetime | Unset):
            canceled_at (datetime.datetime | Unset):
            ended_at (datetime.datetime | Unset):
            paused_at (datetime.datetime | Unset):
            pending_change (PendingChange | Unset):
     """

    id: str
    customer_id: str
    plan_id: str
    quantity: int
    currency: str
    status: SubscriptionStatus
    billing_anchor: datetime.datetime
    period_index: int
    cancel_at_period_end: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    latest_invoice_id: None | str
    current_period_start: datetime.datetime | Unset = UNSET
    current_period_end: datetime.datetime | Unset = UNSET
    trial_end: datetime.datetime | Unset = UNSET
    canceled_at: datetime.datetime | Unset = UNSET
    ended_at: datetime.datetime | Unset = UNSET
    paused_at: datetime.datetime | Unset = UNSET
    pending_change: PendingChange | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.pending_change import PendingChange # noqa: PLC0415
        id = self.id

        customer_id = self.customer_id

        plan_id = self.plan_id

        quantity = self.quantity

        currency = self.currency

        status = self.status.value

        billing_anchor = self.billing_anchor.isoformat()

        period_index = self.period_index

        cancel_at_period_end = self.cancel_at_period_end

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        latest_invoice_id: None | str
        latest_invoice_id = self.latest_invoice_id

        current_period_start: str | Unset = UNSET
        if not isinstance(self.current_period_start, Unset):
            current_period_start = self.current_period_start.isoformat()

        current_period_end: str | Unset = UNSET
        if not isinstance(self.current_period_end, Unset):
            current_period_end = self.current_period_end.isoformat()

        trial_end: str | Unset = UNSET
        if not isinstance(self.trial_end, Unset):
            trial_end = self.trial_end.isoformat()

        canceled_at: str | Unset = UNSET
        if not isinstance(self.canceled_at, Unset):
            canceled_at = self.canceled_at.isoformat()

        ended_at: str | Unset = UNSET
        if not isinstance(self.ended_at, Unset):
            ended_at = self.ended_at.isoformat()

        paused_at: str | Unset = UNSET
        if not isinstance(self.paused_at, Unset):
            paused_at = self.paused_at.isoformat()

        pending_change: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pending_change, Unset):
            pending_change = self.pending_change.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "customer_id": customer_id,
            "plan_id": plan_id,
            "quantity": quantity,
            "currency": currency,
            "status": status,
            "billing_anchor": billing_anchor,
            "period_index": period_index,
            "cancel_at_period_end": cancel_at_period_end,
            "created_at": created_at,
            "updated_at": updated_at,
            "latest_invoice_id": latest_invoice_id,
        })
        if current_period_start is not UNSET:
            field_dict["current_period_start"] = current_period_start
        if current_period_end is not UNSET:
            field_dict["current_period_end"] = current_period_end
        if trial_end is not UNSET:
            field_dict["trial_end"] = trial_end
        if canceled_at is not UNSET:
            field_dict["canceled_at"] = canceled_at
        if ended_at is not UNSET:
            field_dict["ended_at"] = ended_at
        if paused_at is not UNSET:
            field_dict["paused_at"] = paused_at
        if pending_change is not UNSET:
            field_dict["pending_change"] = pending_change

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pending_change import PendingChange # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        customer_id = d.pop("customer_id")

        plan_id = d.pop("plan_id")

        quantity = d.pop("quantity")

        currency = d.pop("currency")

        status = SubscriptionStatus(d.pop("status"))




        billing_anchor = datetime.datetime.fromisoformat(d.pop("billing_anchor"))




        period_index = d.pop("period_index")

        cancel_at_period_end = d.pop("cancel_at_period_end")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        def _parse_latest_invoice_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        latest_invoice_id = _parse_latest_invoice_id(d.pop("latest_invoice_id"))


        _current_period_start = d.pop("current_period_start", UNSET)
        current_period_start: datetime.datetime | Unset
        if isinstance(_current_period_start,  Unset):
            current_period_start = UNSET
        else:
            current_period_start = datetime.datetime.fromisoformat(_current_period_start)




        _current_period_end = d.pop("current_period_end", UNSET)
        current_period_end: datetime.datetime | Unset
        if isinstance(_current_period_end,  Unset):
            current_period_end = UNSET
        else:
            current_period_end = datetime.datetime.fromisoformat(_current_period_end)




        _trial_end = d.pop("trial_end", UNSET)
        trial_end: datetime.datetime | Unset
        if isinstance(_trial_end,  Unset):
            trial_end = UNSET
        else:
            trial_end = datetime.datetime.fromisoformat(_trial_end)




        _canceled_at = d.pop("canceled_at", UNSET)
        canceled_at: datetime.datetime | Unset
        if isinstance(_canceled_at,  Unset):
            canceled_at = UNSET
        else:
            canceled_at = datetime.datetime.fromisoformat(_canceled_at)




        _ended_at = d.pop("ended_at", UNSET)
        ended_at: datetime.datetime | Unset
        if isinstance(_ended_at,  Unset):
            ended_at = UNSET
        else:
            ended_at = datetime.datetime.fromisoformat(_ended_at)




        _paused_at = d.pop("paused_at", UNSET)
        paused_at: datetime.datetime | Unset
        if isinstance(_paused_at,  Unset):
            paused_at = UNSET
        else:
            paused_at = datetime.datetime.fromisoformat(_paused_at)




        _pending_change = d.pop("pending_change", UNSET)
        pending_change: PendingChange | Unset
        if isinstance(_pending_change,  Unset):
            pending_change = UNSET
        else:
            pending_change = PendingChange.from_dict(_pending_change)




        subscription_change = cls(
            id=id,
            customer_id=customer_id,
            plan_id=plan_id,
            quantity=quantity,
            currency=currency,
            status=status,
            billing_anchor=billing_anchor,
            period_index=period_index,
            cancel_at_period_end=cancel_at_period_end,
            created_at=created_at,
            updated_at=updated_at,
            latest_invoice_id=latest_invoice_id,
            current_period_start=current_period_start,
            current_period_end=current_period_end,
            trial_end=trial_end,
            canceled_at=canceled_at,
            ended_at=ended_at,
            paused_at=paused_at,
            pending_change=pending_change,
        )


        subscription_change.additional_properties = d
        return subscription_change

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

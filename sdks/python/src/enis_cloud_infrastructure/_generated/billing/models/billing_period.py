from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.billing_period_kind import BillingPeriodKind
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.proration import Proration





T = TypeVar("T", bound="BillingPeriod")



@_attrs_define
class BillingPeriod:
    """ 
        Attributes:
            subscription_id (str):
            start (datetime.datetime):
            end (datetime.datetime):
            kind (BillingPeriodKind):
            plan_id (str):
            quantity (int):
            fee_minor (int): billed in advance for the period
            currency (str):
            rating_plan_id (str): the plan usage is rated with: the plan in effect at the period's end
            closed (bool):
            prorations (list[Proration]):
     """

    subscription_id: str
    start: datetime.datetime
    end: datetime.datetime
    kind: BillingPeriodKind
    plan_id: str
    quantity: int
    fee_minor: int
    currency: str
    rating_plan_id: str
    closed: bool
    prorations: list[Proration]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.proration import Proration # noqa: PLC0415
        subscription_id = self.subscription_id

        start = self.start.isoformat()

        end = self.end.isoformat()

        kind = self.kind.value

        plan_id = self.plan_id

        quantity = self.quantity

        fee_minor = self.fee_minor

        currency = self.currency

        rating_plan_id = self.rating_plan_id

        closed = self.closed

        prorations = []
        for prorations_item_data in self.prorations:
            prorations_item = prorations_item_data.to_dict()
            prorations.append(prorations_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "subscription_id": subscription_id,
            "start": start,
            "end": end,
            "kind": kind,
            "plan_id": plan_id,
            "quantity": quantity,
            "fee_minor": fee_minor,
            "currency": currency,
            "rating_plan_id": rating_plan_id,
            "closed": closed,
            "prorations": prorations,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proration import Proration # noqa: PLC0415
        d = dict(src_dict)
        subscription_id = d.pop("subscription_id")

        start = datetime.datetime.fromisoformat(d.pop("start"))




        end = datetime.datetime.fromisoformat(d.pop("end"))




        kind = BillingPeriodKind(d.pop("kind"))




        plan_id = d.pop("plan_id")

        quantity = d.pop("quantity")

        fee_minor = d.pop("fee_minor")

        currency = d.pop("currency")

        rating_plan_id = d.pop("rating_plan_id")

        closed = d.pop("closed")

        prorations = []
        _prorations = d.pop("prorations")
        for prorations_item_data in (_prorations):
            prorations_item = Proration.from_dict(prorations_item_data)



            prorations.append(prorations_item)


        billing_period = cls(
            subscription_id=subscription_id,
            start=start,
            end=end,
            kind=kind,
            plan_id=plan_id,
            quantity=quantity,
            fee_minor=fee_minor,
            currency=currency,
            rating_plan_id=rating_plan_id,
            closed=closed,
            prorations=prorations,
        )


        billing_period.additional_properties = d
        return billing_period

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.usage_aggregate_aggregation import UsageAggregateAggregation
from typing import cast
import datetime






T = TypeVar("T", bound="UsageAggregate")



@_attrs_define
class UsageAggregate:
    """ 
        Attributes:
            subscription_id (str):
            metric_code (str):
            aggregation (UsageAggregateAggregation):
            period_start (datetime.datetime):
            period_end (datetime.datetime):
            quantity (str): decimal
            event_count (int):
            events_sha256 (str): SHA-256 of the sorted transaction ids, each followed by a line feed
     """

    subscription_id: str
    metric_code: str
    aggregation: UsageAggregateAggregation
    period_start: datetime.datetime
    period_end: datetime.datetime
    quantity: str
    event_count: int
    events_sha256: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        subscription_id = self.subscription_id

        metric_code = self.metric_code

        aggregation = self.aggregation.value

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        quantity = self.quantity

        event_count = self.event_count

        events_sha256 = self.events_sha256


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "subscription_id": subscription_id,
            "metric_code": metric_code,
            "aggregation": aggregation,
            "period_start": period_start,
            "period_end": period_end,
            "quantity": quantity,
            "event_count": event_count,
            "events_sha256": events_sha256,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subscription_id = d.pop("subscription_id")

        metric_code = d.pop("metric_code")

        aggregation = UsageAggregateAggregation(d.pop("aggregation"))




        period_start = datetime.datetime.fromisoformat(d.pop("period_start"))




        period_end = datetime.datetime.fromisoformat(d.pop("period_end"))




        quantity = d.pop("quantity")

        event_count = d.pop("event_count")

        events_sha256 = d.pop("events_sha256")

        usage_aggregate = cls(
            subscription_id=subscription_id,
            metric_code=metric_code,
            aggregation=aggregation,
            period_start=period_start,
            period_end=period_end,
            quantity=quantity,
            event_count=event_count,
            events_sha256=events_sha256,
        )


        usage_aggregate.additional_properties = d
        return usage_aggregate

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

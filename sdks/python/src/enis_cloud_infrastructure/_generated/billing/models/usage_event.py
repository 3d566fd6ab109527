from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.usage_event_properties import UsageEventProperties





T = TypeVar("T", bound="UsageEvent")



@_attrs_define
class UsageEvent:
    """ exactly one of customer_id and subscription_id

        Attributes:
            transaction_id (str): deduplication key: a replay with the same payload is a duplicate, with another payload a
                409
            metric_code (str):
            customer_id (str | Unset): the customer's one running subscription that charges for the metric; or give
                subscription_id
            subscription_id (str | Unset):
            properties (UsageEventProperties | Unset):
            timestamp (datetime.datetime | Unset): default: when received; at most 5 minutes ahead of the service's clock
     """

    transaction_id: str
    metric_code: str
    customer_id: str | Unset = UNSET
    subscription_id: str | Unset = UNSET
    properties: UsageEventProperties | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.usage_event_properties import UsageEventProperties # noqa: PLC0415
        transaction_id = self.transaction_id

        metric_code = self.metric_code

        customer_id = self.customer_id

        subscription_id = self.subscription_id

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "transaction_id": transaction_id,
            "metric_code": metric_code,
        })
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if properties is not UNSET:
            field_dict["properties"] = properties
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_event_properties import UsageEventProperties # noqa: PLC0415
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        metric_code = d.pop("metric_code")

        customer_id = d.pop("customer_id", UNSET)

        subscription_id = d.pop("subscription_id", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: UsageEventProperties | Unset
        if isinstance(_properties,  Unset):
            properties = UNSET
        else:
            properties = UsageEventProperties.from_dict(_properties)




        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp,  Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)




        usage_event = cls(
            transaction_id=transaction_id,
            metric_code=metric_code,
            customer_id=customer_id,
            subscription_id=subscription_id,
            properties=properties,
            timestamp=timestamp,
        )


        usage_event.additional_properties = d
        return usage_event

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

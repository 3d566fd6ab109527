from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.usage_aggregate import UsageAggregate





T = TypeVar("T", bound="GetV1BillingSubscriptionsIdUsageResponse200")



@_attrs_define
class GetV1BillingSubscriptionsIdUsageResponse200:
    """ 
        Attributes:
            subscription_id (str):
            period_start (datetime.datetime):
            period_end (datetime.datetime):
            closed (bool):
            data (list[UsageAggregate]):
     """

    subscription_id: str
    period_start: datetime.datetime
    period_end: datetime.datetime
    closed: bool
    data: list[UsageAggregate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.usage_aggregate import UsageAggregate # noqa: PLC0415
        subscription_id = self.subscription_id

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        closed = self.closed

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "subscription_id": subscription_id,
            "period_start": period_start,
            "period_end": period_end,
            "closed": closed,
            "data": data,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.usage_aggregate import UsageAggregate # noqa: PLC0415
        d = dict(src_dict)
        subscription_id = d.pop("subscription_id")

        period_start = datetime.datetime.fromisoformat(d.pop("period_start"))




        period_end = datetime.datetime.fromisoformat(d.pop("period_end"))




        closed = d.pop("closed")

        data = []
        _data = d.pop("data")
        for data_item_data in (_data):
            data_item = UsageAggregate.from_dict(data_item_data)



            data.append(data_item)


        get_v1_billing_subscriptions_id_usage_response_200 = cls(
            subscription_id=subscription_id,
            period_start=period_start,
            period_end=period_end,
            closed=closed,
            data=data,
        )


        get_v1_billing_subscriptions_id_usage_response_200.additional_properties = d
        return get_v1_billing_subscriptions_id_usage_response_200

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="Recorded")



@_attrs_define
class Recorded:
    """ 
        Attributes:
            transaction_id (str):
            duplicate (bool): true: already stored with this payload; nothing changed
            subscription_id (str):
            period_start (datetime.datetime):
     """

    transaction_id: str
    duplicate: bool
    subscription_id: str
    period_start: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        transaction_id = self.transaction_id

        duplicate = self.duplicate

        subscription_id = self.subscription_id

        period_start = self.period_start.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "transaction_id": transaction_id,
            "duplicate": duplicate,
            "subscription_id": subscription_id,
            "period_start": period_start,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        transaction_id = d.pop("transaction_id")

        duplicate = d.pop("duplicate")

        subscription_id = d.pop("subscription_id")

        period_start = datetime.datetime.fromisoformat(d.pop("period_start"))




        recorded = cls(
            transaction_id=transaction_id,
            duplicate=duplicate,
            subscription_id=subscription_id,
            period_start=period_start,
        )


        recorded.additional_properties = d
        return recorded

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="Value")



@_attrs_define
class Value:
    """ 
        Attributes:
            at (datetime.datetime):
            value (float):
            recorded_at (datetime.datetime):
     """

    at: datetime.datetime
    value: float
    recorded_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        at = self.at.isoformat()

        value = self.value

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "at": at,
            "value": value,
            "recordedAt": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))




        value = d.pop("value")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recordedAt"))




        value = cls(
            at=at,
            value=value,
            recorded_at=recorded_at,
        )

        return value


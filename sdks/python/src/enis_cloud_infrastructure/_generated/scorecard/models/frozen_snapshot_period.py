from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="FrozenSnapshotPeriod")



@_attrs_define
class FrozenSnapshotPeriod:
    """ 
        Attributes:
            first_day (datetime.date):
            start (datetime.datetime):
            end (datetime.datetime):
     """

    first_day: datetime.date
    start: datetime.datetime
    end: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        first_day = self.first_day.isoformat()

        start = self.start.isoformat()

        end = self.end.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "firstDay": first_day,
            "start": start,
            "end": end,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_day = datetime.date.fromisoformat(d.pop("firstDay"))




        start = datetime.datetime.fromisoformat(d.pop("start"))




        end = datetime.datetime.fromisoformat(d.pop("end"))




        frozen_snapshot_period = cls(
            first_day=first_day,
            start=start,
            end=end,
        )

        return frozen_snapshot_period


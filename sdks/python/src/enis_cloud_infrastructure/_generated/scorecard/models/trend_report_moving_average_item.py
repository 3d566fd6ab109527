from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="TrendReportMovingAverageItem")



@_attrs_define
class TrendReportMovingAverageItem:
    """ 
        Attributes:
            date (datetime.date):
            value (float | None):
     """

    date: datetime.date
    value: float | None





    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        value: float | None
        value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "date": date,
            "value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))




        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))


        trend_report_moving_average_item = cls(
            date=date,
            value=value,
        )

        return trend_report_moving_average_item


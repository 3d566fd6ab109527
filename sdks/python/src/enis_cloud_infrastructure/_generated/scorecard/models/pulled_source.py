from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PulledSource")



@_attrs_define
class PulledSource:
    """ The KPI's PromQL source and how its pulls go (absent for a KPI whose values are recorded).

        Attributes:
            promql (str):
            every (str):
            last_pull_at (datetime.datetime | None): the last attempt; null before the first
            watermark (datetime.datetime | None): the evaluation time of the last value pulled: the KPI's data watermark
            last_value (float | None): the last value pulled, in the KPI's unit
            last_error (None | str): why the last attempt gave no value (observability unreachable, no series, several
                series); null when it did
            next_pull_at (datetime.datetime): when the next pull is due; a pull that could not reach observability stays due
                and is retried at the next tick
            stale (bool): the KPI's latest value is not from its latest due pull: the last attempt failed, none succeeded
                yet, or the last success is more than two intervals old. The KPI keeps its last good value meanwhile.
            unit (str | Unset): present when the query's unit differs from the KPI's
     """

    promql: str
    every: str
    last_pull_at: datetime.datetime | None
    watermark: datetime.datetime | None
    last_value: float | None
    last_error: None | str
    next_pull_at: datetime.datetime
    stale: bool
    unit: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        promql = self.promql

        every = self.every

        last_pull_at: None | str
        if isinstance(self.last_pull_at, datetime.datetime):
            last_pull_at = self.last_pull_at.isoformat()
        else:
            last_pull_at = self.last_pull_at

        watermark: None | str
        if isinstance(self.watermark, datetime.datetime):
            watermark = self.watermark.isoformat()
        else:
            watermark = self.watermark

        last_value: float | None
        last_value = self.last_value

        last_error: None | str
        last_error = self.last_error

        next_pull_at = self.next_pull_at.isoformat()

        stale = self.stale

        unit = self.unit


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "promql": promql,
            "every": every,
            "lastPullAt": last_pull_at,
            "watermark": watermark,
            "lastValue": last_value,
            "lastError": last_error,
            "nextPullAt": next_pull_at,
            "stale": stale,
        })
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        promql = d.pop("promql")

        every = d.pop("every")

        def _parse_last_pull_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_pull_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_pull_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_pull_at = _parse_last_pull_at(d.pop("lastPullAt"))


        def _parse_watermark(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                watermark_type_0 = datetime.datetime.fromisoformat(data)



                return watermark_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        watermark = _parse_watermark(d.pop("watermark"))


        def _parse_last_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        last_value = _parse_last_value(d.pop("lastValue"))


        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("lastError"))


        next_pull_at = datetime.datetime.fromisoformat(d.pop("nextPullAt"))




        stale = d.pop("stale")

        unit = d.pop("unit", UNSET)

        pulled_source = cls(
            promql=promql,
            every=every,
            last_pull_at=last_pull_at,
            watermark=watermark,
            last_value=last_value,
            last_error=last_error,
            next_pull_at=next_pull_at,
            stale=stale,
            unit=unit,
        )

        return pulled_source


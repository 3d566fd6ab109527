from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="PromQlSource")



@_attrs_define
class PromQlSource:
    """ Pull the KPI's values from the observability service: every `every`, the query is evaluated by its Prometheus API
    (/v1/metrics/prometheus/api/v1/query) and its value (a scalar, or a vector of exactly one series) is recorded as the
    KPI's value at the evaluation time. The query is checked by observability when the KPI is defined: one it refuses
    (does not parse or type-check) or that gives several series now is a 400 naming source.promql; observability
    unreachable is a 503 with Retry-After; a scorecard without OBSERVABILITY_URL refuses source (400). Not allowed in a
    dashboard's inline KPIs.

        Attributes:
            promql (str): the PromQL query
            every (str | Unset): how often it is pulled, 10s to 1d; default 5m (rounded up to the service's JOBS_INTERVAL)
            unit (str | Unset): the unit the query answers in, converted to the KPI's (s for a KPI in ms); default the KPI's
                unit
     """

    promql: str
    every: str | Unset = UNSET
    unit: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        promql = self.promql

        every = self.every

        unit = self.unit


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "promql": promql,
        })
        if every is not UNSET:
            field_dict["every"] = every
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        promql = d.pop("promql")

        every = d.pop("every", UNSET)

        unit = d.pop("unit", UNSET)

        prom_ql_source = cls(
            promql=promql,
            every=every,
            unit=unit,
        )

        return prom_ql_source


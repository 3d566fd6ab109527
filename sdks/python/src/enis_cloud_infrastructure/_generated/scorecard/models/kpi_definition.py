from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.kpi_definition_direction import KpiDefinitionDirection
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.kpi_definition_period import KpiDefinitionPeriod
  from ..models.kpi_definition_thresholds import KpiDefinitionThresholds
  from ..models.prom_ql_source import PromQlSource





T = TypeVar("T", bound="KpiDefinition")



@_attrs_define
class KpiDefinition:
    """ 
        Attributes:
            name (str):
            unit (str): ms, s, min, h, d; a rate such as req/s or req/min; or another unit of 1-20 characters (USD, users,
                %)
            target (float):
            description (str | Unset):
            direction (KpiDefinitionDirection | Unset): default: lower_is_better for durations, higher_is_better otherwise
            thresholds (KpiDefinitionThresholds | Unset): where at risk and off track begin, as % of the target (default:
                atRisk 100, offTrack 90 for higher_is_better, 110 for lower_is_better) or absolute values
            owner (str | Unset):
            tags (list[str] | Unset):
            period (KpiDefinitionPeriod | Unset):
            cumulative (bool | Unset): the period's value is the sum of its values (revenue per quarter), not the latest one
                Default: False.
            source (PromQlSource | Unset): Pull the KPI's values from the observability service: every `every`, the query is
                evaluated by its Prometheus API (/v1/metrics/prometheus/api/v1/query) and its value (a scalar, or a vector of
                exactly one series) is recorded as the KPI's value at the evaluation time. The query is checked by observability
                when the KPI is defined: one it refuses (does not parse or type-check) or that gives several series now is a 400
                naming source.promql; observability unreachable is a 503 with Retry-After; a scorecard without OBSERVABILITY_URL
                refuses source (400). Not allowed in a dashboard's inline KPIs.
     """

    name: str
    unit: str
    target: float
    description: str | Unset = UNSET
    direction: KpiDefinitionDirection | Unset = UNSET
    thresholds: KpiDefinitionThresholds | Unset = UNSET
    owner: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    period: KpiDefinitionPeriod | Unset = UNSET
    cumulative: bool | Unset = False
    source: PromQlSource | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.kpi_definition_period import KpiDefinitionPeriod # noqa: PLC0415
        from ..models.kpi_definition_thresholds import KpiDefinitionThresholds # noqa: PLC0415
        from ..models.prom_ql_source import PromQlSource # noqa: PLC0415
        name = self.name

        unit = self.unit

        target = self.target

        description = self.description

        direction: str | Unset = UNSET
        if not isinstance(self.direction, Unset):
            direction = self.direction.value


        thresholds: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thresholds, Unset):
            thresholds = self.thresholds.to_dict()

        owner = self.owner

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags



        period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.period, Unset):
            period = self.period.to_dict()

        cumulative = self.cumulative

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "unit": unit,
            "target": target,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if direction is not UNSET:
            field_dict["direction"] = direction
        if thresholds is not UNSET:
            field_dict["thresholds"] = thresholds
        if owner is not UNSET:
            field_dict["owner"] = owner
        if tags is not UNSET:
            field_dict["tags"] = tags
        if period is not UNSET:
            field_dict["period"] = period
        if cumulative is not UNSET:
            field_dict["cumulative"] = cumulative
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kpi_definition_period import KpiDefinitionPeriod # noqa: PLC0415
        from ..models.kpi_definition_thresholds import KpiDefinitionThresholds # noqa: PLC0415
        from ..models.prom_ql_source import PromQlSource # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        unit = d.pop("unit")

        target = d.pop("target")

        description = d.pop("description", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: KpiDefinitionDirection | Unset
        if isinstance(_direction,  Unset):
            direction = UNSET
        else:
            direction = KpiDefinitionDirection(_direction)




        _thresholds = d.pop("thresholds", UNSET)
        thresholds: KpiDefinitionThresholds | Unset
        if isinstance(_thresholds,  Unset):
            thresholds = UNSET
        else:
            thresholds = KpiDefinitionThresholds.from_dict(_thresholds)




        owner = d.pop("owner", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))


        _period = d.pop("period", UNSET)
        period: KpiDefinitionPeriod | Unset
        if isinstance(_period,  Unset):
            period = UNSET
        else:
            period = KpiDefinitionPeriod.from_dict(_period)




        cumulative = d.pop("cumulative", UNSET)

        _source = d.pop("source", UNSET)
        source: PromQlSource | Unset
        if isinstance(_source,  Unset):
            source = UNSET
        else:
            source = PromQlSource.from_dict(_source)




        kpi_definition = cls(
            name=name,
            unit=unit,
            target=target,
            description=description,
            direction=direction,
            thresholds=thresholds,
            owner=owner,
            tags=tags,
            period=period,
            cumulative=cumulative,
            source=source,
        )

        return kpi_definition


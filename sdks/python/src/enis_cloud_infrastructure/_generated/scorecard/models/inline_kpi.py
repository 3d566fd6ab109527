from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inline_kpi_direction import InlineKpiDirection
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.inline_kpi_period import InlineKpiPeriod
  from ..models.inline_kpi_thresholds import InlineKpiThresholds





T = TypeVar("T", bound="InlineKpi")



@_attrs_define
class InlineKpi:
    """ 
        Attributes:
            name (str):
            unit (str): ms, s, min, h, d; a rate such as req/s or req/min; or another unit of 1-20 characters (USD, users,
                %)
            target (float):
            description (str | Unset):
            direction (InlineKpiDirection | Unset): default: lower_is_better for durations, higher_is_better otherwise
            thresholds (InlineKpiThresholds | Unset): where at risk and off track begin, as % of the target (default: atRisk
                100, offTrack 90 for higher_is_better, 110 for lower_is_better) or absolute values
            owner (str | Unset):
            tags (list[str] | Unset):
            period (InlineKpiPeriod | Unset):
            cumulative (bool | Unset): the period's value is the sum of its values (revenue per quarter), not the latest one
                Default: False.
            current (float | Unset): recorded as the KPI's first value, at the time of the request
            title (str | Unset): the panel's title; default the KPI's name
     """

    name: str
    unit: str
    target: float
    description: str | Unset = UNSET
    direction: InlineKpiDirection | Unset = UNSET
    thresholds: InlineKpiThresholds | Unset = UNSET
    owner: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    period: InlineKpiPeriod | Unset = UNSET
    cumulative: bool | Unset = False
    current: float | Unset = UNSET
    title: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.inline_kpi_period import InlineKpiPeriod # noqa: PLC0415
        from ..models.inline_kpi_thresholds import InlineKpiThresholds # noqa: PLC0415
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

        current = self.current

        title = self.title


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
        if current is not UNSET:
            field_dict["current"] = current
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inline_kpi_period import InlineKpiPeriod # noqa: PLC0415
        from ..models.inline_kpi_thresholds import InlineKpiThresholds # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        unit = d.pop("unit")

        target = d.pop("target")

        description = d.pop("description", UNSET)

        _direction = d.pop("direction", UNSET)
        direction: InlineKpiDirection | Unset
        if isinstance(_direction,  Unset):
            direction = UNSET
        else:
            direction = InlineKpiDirection(_direction)




        _thresholds = d.pop("thresholds", UNSET)
        thresholds: InlineKpiThresholds | Unset
        if isinstance(_thresholds,  Unset):
            thresholds = UNSET
        else:
            thresholds = InlineKpiThresholds.from_dict(_thresholds)




        owner = d.pop("owner", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))


        _period = d.pop("period", UNSET)
        period: InlineKpiPeriod | Unset
        if isinstance(_period,  Unset):
            period = UNSET
        else:
            period = InlineKpiPeriod.from_dict(_period)




        cumulative = d.pop("cumulative", UNSET)

        current = d.pop("current", UNSET)

        title = d.pop("title", UNSET)

        inline_kpi = cls(
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
            current=current,
            title=title,
        )

        return inline_kpi


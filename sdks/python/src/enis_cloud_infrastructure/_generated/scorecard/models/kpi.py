from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.kpi_direction import KpiDirection
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.kpi_period import KpiPeriod
  from ..models.kpi_thresholds import KpiThresholds
  from ..models.pulled_source import PulledSource





T = TypeVar("T", bound="Kpi")



@_attrs_define
class Kpi:
    """ 
        Attributes:
            id (str):
            name (str):
            description (str):
            unit (str):
            target (float):
            direction (KpiDirection):
            thresholds (KpiThresholds):
            owner (str):
            tags (list[str]):
            period (KpiPeriod):
            cumulative (bool):
            created_at (datetime.datetime):
            source (PulledSource | Unset): The KPI's PromQL source and how its pulls go (absent for a KPI whose values are
                recorded).
     """

    id: str
    name: str
    description: str
    unit: str
    target: float
    direction: KpiDirection
    thresholds: KpiThresholds
    owner: str
    tags: list[str]
    period: KpiPeriod
    cumulative: bool
    created_at: datetime.datetime
    source: PulledSource | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.kpi_period import KpiPeriod # noqa: PLC0415
        from ..models.kpi_thresholds import KpiThresholds # noqa: PLC0415
        from ..models.pulled_source import PulledSource # noqa: PLC0415
        id = self.id

        name = self.name

        description = self.description

        unit = self.unit

        target = self.target

        direction = self.direction.value

        thresholds = self.thresholds.to_dict()

        owner = self.owner

        tags = self.tags



        period = self.period.to_dict()

        cumulative = self.cumulative

        created_at = self.created_at.isoformat()

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "name": name,
            "description": description,
            "unit": unit,
            "target": target,
            "direction": direction,
            "thresholds": thresholds,
            "owner": owner,
            "tags": tags,
            "period": period,
            "cumulative": cumulative,
            "createdAt": created_at,
        })
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kpi_period import KpiPeriod # noqa: PLC0415
        from ..models.kpi_thresholds import KpiThresholds # noqa: PLC0415
        from ..models.pulled_source import PulledSource # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        unit = d.pop("unit")

        target = d.pop("target")

        direction = KpiDirection(d.pop("direction"))




        thresholds = KpiThresholds.from_dict(d.pop("thresholds"))




        owner = d.pop("owner")

        tags = cast(list[str], d.pop("tags"))


        period = KpiPeriod.from_dict(d.pop("period"))




        cumulative = d.pop("cumulative")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        _source = d.pop("source", UNSET)
        source: PulledSource | Unset
        if isinstance(_source,  Unset):
            source = UNSET
        else:
            source = PulledSource.from_dict(_source)




        kpi = cls(
            id=id,
            name=name,
            description=description,
            unit=unit,
            target=target,
            direction=direction,
            thresholds=thresholds,
            owner=owner,
            tags=tags,
            period=period,
            cumulative=cumulative,
            created_at=created_at,
            source=source,
        )

        return kpi


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.frozen_snapshot_definition_direction import FrozenSnapshotDefinitionDirection
from typing import cast

if TYPE_CHECKING:
  from ..models.frozen_snapshot_definition_period import FrozenSnapshotDefinitionPeriod
  from ..models.frozen_snapshot_definition_thresholds import FrozenSnapshotDefinitionThresholds





T = TypeVar("T", bound="FrozenSnapshotDefinition")



@_attrs_define
class FrozenSnapshotDefinition:
    """ the KPI as it was at close, canonical JSON (hashed)

        Attributes:
            unit (str):
            target (float):
            direction (FrozenSnapshotDefinitionDirection):
            thresholds (FrozenSnapshotDefinitionThresholds):
            period (FrozenSnapshotDefinitionPeriod):
            cumulative (bool):
     """

    unit: str
    target: float
    direction: FrozenSnapshotDefinitionDirection
    thresholds: FrozenSnapshotDefinitionThresholds
    period: FrozenSnapshotDefinitionPeriod
    cumulative: bool





    def to_dict(self) -> dict[str, Any]:
        from ..models.frozen_snapshot_definition_period import FrozenSnapshotDefinitionPeriod # noqa: PLC0415
        from ..models.frozen_snapshot_definition_thresholds import FrozenSnapshotDefinitionThresholds # noqa: PLC0415
        unit = self.unit

        target = self.target

        direction = self.direction.value

        thresholds = self.thresholds.to_dict()

        period = self.period.to_dict()

        cumulative = self.cumulative


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "unit": unit,
            "target": target,
            "direction": direction,
            "thresholds": thresholds,
            "period": period,
            "cumulative": cumulative,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.frozen_snapshot_definition_period import FrozenSnapshotDefinitionPeriod # noqa: PLC0415
        from ..models.frozen_snapshot_definition_thresholds import FrozenSnapshotDefinitionThresholds # noqa: PLC0415
        d = dict(src_dict)
        unit = d.pop("unit")

        target = d.pop("target")

        direction = FrozenSnapshotDefinitionDirection(d.pop("direction"))




        thresholds = FrozenSnapshotDefinitionThresholds.from_dict(d.pop("thresholds"))




        period = FrozenSnapshotDefinitionPeriod.from_dict(d.pop("period"))




        cumulative = d.pop("cumulative")

        frozen_snapshot_definition = cls(
            unit=unit,
            target=target,
            direction=direction,
            thresholds=thresholds,
            period=period,
            cumulative=cumulative,
        )

        return frozen_snapshot_definition


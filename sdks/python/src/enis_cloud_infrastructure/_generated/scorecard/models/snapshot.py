from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.snapshot_status import SnapshotStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.snapshot_definition import SnapshotDefinition
  from ..models.snapshot_period import SnapshotPeriod





T = TypeVar("T", bound="Snapshot")



@_attrs_define
class Snapshot:
    """ 
        Attributes:
            kpi_id (str):
            period (SnapshotPeriod):
            value (float | None):
            status (SnapshotStatus):
            target (float):
            definition (SnapshotDefinition): the KPI as it was at close, canonical JSON (hashed)
            input_count (int):
            inputs_sha_256 (str): SHA-256 of the definition JSON, a newline, then one line '<epoch ms> <value>' per input
            watermark (datetime.datetime | None): the latest time an input was recorded
            source (str):
            closed_at (datetime.datetime):
     """

    kpi_id: str
    period: SnapshotPeriod
    value: float | None
    status: SnapshotStatus
    target: float
    definition: SnapshotDefinition
    input_count: int
    inputs_sha_256: str
    watermark: datetime.datetime | None
    source: str
    closed_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.snapshot_definition import SnapshotDefinition # noqa: PLC0415
        from ..models.snapshot_period import SnapshotPeriod # noqa: PLC0415
        kpi_id = self.kpi_id

        period = self.period.to_dict()

        value: float | None
        value = self.value

        status = self.status.value

        target = self.target

        definition = self.definition.to_dict()

        input_count = self.input_count

        inputs_sha_256 = self.inputs_sha_256

        watermark: None | str
        if isinstance(self.watermark, datetime.datetime):
            watermark = self.watermark.isoformat()
        else:
            watermark = self.watermark

        source = self.source

        closed_at = self.closed_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kpiId": kpi_id,
            "period": period,
            "value": value,
            "status": status,
            "target": target,
            "definition": definition,
            "inputCount": input_count,
            "inputsSha256": inputs_sha_256,
            "watermark": watermark,
            "source": source,
            "closedAt": closed_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.snapshot_definition import SnapshotDefinition # noqa: PLC0415
        from ..models.snapshot_period import SnapshotPeriod # noqa: PLC0415
        d = dict(src_dict)
        kpi_id = d.pop("kpiId")

        period = SnapshotPeriod.from_dict(d.pop("period"))




        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))


        status = SnapshotStatus(d.pop("status"))




        target = d.pop("target")

        definition = SnapshotDefinition.from_dict(d.pop("definition"))




        input_count = d.pop("inputCount")

        inputs_sha_256 = d.pop("inputsSha256")

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


        source = d.pop("source")

        closed_at = datetime.datetime.fromisoformat(d.pop("closedAt"))




        snapshot = cls(
            kpi_id=kpi_id,
            period=period,
            value=value,
            status=status,
            target=target,
            definition=definition,
            input_count=input_count,
            inputs_sha_256=inputs_sha_256,
            watermark=watermark,
            source=source,
            closed_at=closed_at,
        )

        return snapshot


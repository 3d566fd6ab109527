from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.frozen_snapshot_status import FrozenSnapshotStatus
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.frozen_snapshot_definition import FrozenSnapshotDefinition
  from ..models.frozen_snapshot_period import FrozenSnapshotPeriod
  from ..models.value import Value





T = TypeVar("T", bound="FrozenSnapshot")



@_attrs_define
class FrozenSnapshot:
    """ 
        Attributes:
            kpi_id (str):
            period (FrozenSnapshotPeriod):
            value (float | None):
            status (FrozenSnapshotStatus):
            target (float):
            definition (FrozenSnapshotDefinition): the KPI as it was at close, canonical JSON (hashed)
            input_count (int):
            inputs_sha_256 (str): SHA-256 of the definition JSON, a newline, then one line '<epoch ms> <value>' per input
            watermark (datetime.datetime | None): the latest time an input was recorded
            source (str):
            closed_at (datetime.datetime):
            inputs (list[Value]):
     """

    kpi_id: str
    period: FrozenSnapshotPeriod
    value: float | None
    status: FrozenSnapshotStatus
    target: float
    definition: FrozenSnapshotDefinition
    input_count: int
    inputs_sha_256: str
    watermark: datetime.datetime | None
    source: str
    closed_at: datetime.datetime
    inputs: list[Value]





    def to_dict(self) -> dict[str, Any]:
        from ..models.frozen_snapshot_definition import FrozenSnapshotDefinition # noqa: PLC0415
        from ..models.frozen_snapshot_period import FrozenSnapshotPeriod # noqa: PLC0415
        from ..models.value import Value # noqa: PLC0415
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

        inputs = []
        for inputs_item_data in self.inputs:
            inputs_item = inputs_item_data.to_dict()
            inputs.append(inputs_item)




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
            "inputs": inputs,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.frozen_snapshot_definition import FrozenSnapshotDefinition # noqa: PLC0415
        from ..models.frozen_snapshot_period import FrozenSnapshotPeriod # noqa: PLC0415
        from ..models.value import Value # noqa: PLC0415
        d = dict(src_dict)
        kpi_id = d.pop("kpiId")

        period = FrozenSnapshotPeriod.from_dict(d.pop("period"))




        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))


        status = FrozenSnapshotStatus(d.pop("status"))




        target = d.pop("target")

        definition = FrozenSnapshotDefinition.from_dict(d.pop("definition"))




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




        inputs = []
        _inputs = d.pop("inputs")
        for inputs_item_data in (_inputs):
            inputs_item = Value.from_dict(inputs_item_data)



            inputs.append(inputs_item)


        frozen_snapshot = cls(
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
            inputs=inputs,
        )

        return frozen_snapshot


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.frozen_panel_snapshot_type_1_status import FrozenPanelSnapshotType1Status
from typing import cast
import datetime






T = TypeVar("T", bound="FrozenPanelSnapshotType1")



@_attrs_define
class FrozenPanelSnapshotType1:
    """ 
        Attributes:
            start (datetime.datetime):
            end (datetime.datetime):
            value (float | None):
            status (FrozenPanelSnapshotType1Status):
            closed_at (datetime.datetime):
            inputs_sha_256 (str):
            watermark (datetime.datetime | None):
            source (str):
     """

    start: datetime.datetime
    end: datetime.datetime
    value: float | None
    status: FrozenPanelSnapshotType1Status
    closed_at: datetime.datetime
    inputs_sha_256: str
    watermark: datetime.datetime | None
    source: str





    def to_dict(self) -> dict[str, Any]:
        start = self.start.isoformat()

        end = self.end.isoformat()

        value: float | None
        value = self.value

        status = self.status.value

        closed_at = self.closed_at.isoformat()

        inputs_sha_256 = self.inputs_sha_256

        watermark: None | str
        if isinstance(self.watermark, datetime.datetime):
            watermark = self.watermark.isoformat()
        else:
            watermark = self.watermark

        source = self.source


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "start": start,
            "end": end,
            "value": value,
            "status": status,
            "closedAt": closed_at,
            "inputsSha256": inputs_sha_256,
            "watermark": watermark,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = datetime.datetime.fromisoformat(d.pop("start"))




        end = datetime.datetime.fromisoformat(d.pop("end"))




        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))


        status = FrozenPanelSnapshotType1Status(d.pop("status"))




        closed_at = datetime.datetime.fromisoformat(d.pop("closedAt"))




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

        frozen_panel_snapshot_type_1 = cls(
            start=start,
            end=end,
            value=value,
            status=status,
            closed_at=closed_at,
            inputs_sha_256=inputs_sha_256,
            watermark=watermark,
            source=source,
        )

        return frozen_panel_snapshot_type_1


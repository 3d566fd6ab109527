from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.frozen_panel_snapshot_type_1 import FrozenPanelSnapshotType1





T = TypeVar("T", bound="FrozenPanel")



@_attrs_define
class FrozenPanel:
    """ a report panel that read frozen periods: the snapshot of the period it reports (null when that period is open) and
    how many closed periods its series read

        Attributes:
            position (int):
            kpi_id (str):
            closed_periods (int): closed periods whose frozen inputs the panel read
            snapshot (FrozenPanelSnapshotType1 | None):
            note (str): frozen at <closedAt>, hash <inputsSha256>; or that the reported period is open
     """

    position: int
    kpi_id: str
    closed_periods: int
    snapshot: FrozenPanelSnapshotType1 | None
    note: str





    def to_dict(self) -> dict[str, Any]:
        from ..models.frozen_panel_snapshot_type_1 import FrozenPanelSnapshotType1 # noqa: PLC0415
        position = self.position

        kpi_id = self.kpi_id

        closed_periods = self.closed_periods

        snapshot: dict[str, Any] | None
        if isinstance(self.snapshot, FrozenPanelSnapshotType1):
            snapshot = self.snapshot.to_dict()
        else:
            snapshot = self.snapshot

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "position": position,
            "kpiId": kpi_id,
            "closedPeriods": closed_periods,
            "snapshot": snapshot,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.frozen_panel_snapshot_type_1 import FrozenPanelSnapshotType1 # noqa: PLC0415
        d = dict(src_dict)
        position = d.pop("position")

        kpi_id = d.pop("kpiId")

        closed_periods = d.pop("closedPeriods")

        def _parse_snapshot(data: object) -> FrozenPanelSnapshotType1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                snapshot_type_1 = FrozenPanelSnapshotType1.from_dict(data)



                return snapshot_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FrozenPanelSnapshotType1 | None, data)

        snapshot = _parse_snapshot(d.pop("snapshot"))


        note = d.pop("note")

        frozen_panel = cls(
            position=position,
            kpi_id=kpi_id,
            closed_periods=closed_periods,
            snapshot=snapshot,
            note=note,
        )

        return frozen_panel


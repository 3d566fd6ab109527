from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.snapshot_definition_thresholds_mode import SnapshotDefinitionThresholdsMode






T = TypeVar("T", bound="SnapshotDefinitionThresholds")



@_attrs_define
class SnapshotDefinitionThresholds:
    """ 
        Attributes:
            mode (SnapshotDefinitionThresholdsMode):
            at_risk (float):
            off_track (float):
     """

    mode: SnapshotDefinitionThresholdsMode
    at_risk: float
    off_track: float





    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        at_risk = self.at_risk

        off_track = self.off_track


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "mode": mode,
            "atRisk": at_risk,
            "offTrack": off_track,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = SnapshotDefinitionThresholdsMode(d.pop("mode"))




        at_risk = d.pop("atRisk")

        off_track = d.pop("offTrack")

        snapshot_definition_thresholds = cls(
            mode=mode,
            at_risk=at_risk,
            off_track=off_track,
        )

        return snapshot_definition_thresholds


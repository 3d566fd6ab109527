from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.kpi_thresholds_mode import KpiThresholdsMode






T = TypeVar("T", bound="KpiThresholds")



@_attrs_define
class KpiThresholds:
    """ 
        Attributes:
            mode (KpiThresholdsMode):
            at_risk (float):
            off_track (float):
            at_risk_value (float):
            off_track_value (float):
     """

    mode: KpiThresholdsMode
    at_risk: float
    off_track: float
    at_risk_value: float
    off_track_value: float





    def to_dict(self) -> dict[str, Any]:
        mode = self.mode.value

        at_risk = self.at_risk

        off_track = self.off_track

        at_risk_value = self.at_risk_value

        off_track_value = self.off_track_value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "mode": mode,
            "atRisk": at_risk,
            "offTrack": off_track,
            "atRiskValue": at_risk_value,
            "offTrackValue": off_track_value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mode = KpiThresholdsMode(d.pop("mode"))




        at_risk = d.pop("atRisk")

        off_track = d.pop("offTrack")

        at_risk_value = d.pop("atRiskValue")

        off_track_value = d.pop("offTrackValue")

        kpi_thresholds = cls(
            mode=mode,
            at_risk=at_risk,
            off_track=off_track,
            at_risk_value=at_risk_value,
            off_track_value=off_track_value,
        )

        return kpi_thresholds


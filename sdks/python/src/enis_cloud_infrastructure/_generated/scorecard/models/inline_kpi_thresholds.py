from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.inline_kpi_thresholds_mode import InlineKpiThresholdsMode
from ..types import UNSET, Unset






T = TypeVar("T", bound="InlineKpiThresholds")



@_attrs_define
class InlineKpiThresholds:
    """ where at risk and off track begin, as % of the target (default: atRisk 100, offTrack 90 for higher_is_better, 110
    for lower_is_better) or absolute values

        Attributes:
            at_risk (float):
            off_track (float):
            mode (InlineKpiThresholdsMode | Unset):  Default: InlineKpiThresholdsMode.PERCENT.
     """

    at_risk: float
    off_track: float
    mode: InlineKpiThresholdsMode | Unset = InlineKpiThresholdsMode.PERCENT





    def to_dict(self) -> dict[str, Any]:
        at_risk = self.at_risk

        off_track = self.off_track

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "atRisk": at_risk,
            "offTrack": off_track,
        })
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        at_risk = d.pop("atRisk")

        off_track = d.pop("offTrack")

        _mode = d.pop("mode", UNSET)
        mode: InlineKpiThresholdsMode | Unset
        if isinstance(_mode,  Unset):
            mode = UNSET
        else:
            mode = InlineKpiThresholdsMode(_mode)




        inline_kpi_thresholds = cls(
            at_risk=at_risk,
            off_track=off_track,
            mode=mode,
        )

        return inline_kpi_thresholds


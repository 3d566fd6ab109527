from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.snapshot_definition_period_granularity import SnapshotDefinitionPeriodGranularity
from ..models.snapshot_definition_period_mode import SnapshotDefinitionPeriodMode






T = TypeVar("T", bound="SnapshotDefinitionPeriod")



@_attrs_define
class SnapshotDefinitionPeriod:
    """ 
        Attributes:
            granularity (SnapshotDefinitionPeriodGranularity):
            mode (SnapshotDefinitionPeriodMode):
     """

    granularity: SnapshotDefinitionPeriodGranularity
    mode: SnapshotDefinitionPeriodMode





    def to_dict(self) -> dict[str, Any]:
        granularity = self.granularity.value

        mode = self.mode.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "granularity": granularity,
            "mode": mode,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        granularity = SnapshotDefinitionPeriodGranularity(d.pop("granularity"))




        mode = SnapshotDefinitionPeriodMode(d.pop("mode"))




        snapshot_definition_period = cls(
            granularity=granularity,
            mode=mode,
        )

        return snapshot_definition_period


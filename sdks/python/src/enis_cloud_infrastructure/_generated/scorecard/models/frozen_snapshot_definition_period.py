from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.frozen_snapshot_definition_period_granularity import FrozenSnapshotDefinitionPeriodGranularity
from ..models.frozen_snapshot_definition_period_mode import FrozenSnapshotDefinitionPeriodMode






T = TypeVar("T", bound="FrozenSnapshotDefinitionPeriod")



@_attrs_define
class FrozenSnapshotDefinitionPeriod:
    """ 
        Attributes:
            granularity (FrozenSnapshotDefinitionPeriodGranularity):
            mode (FrozenSnapshotDefinitionPeriodMode):
     """

    granularity: FrozenSnapshotDefinitionPeriodGranularity
    mode: FrozenSnapshotDefinitionPeriodMode





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
        granularity = FrozenSnapshotDefinitionPeriodGranularity(d.pop("granularity"))




        mode = FrozenSnapshotDefinitionPeriodMode(d.pop("mode"))




        frozen_snapshot_definition_period = cls(
            granularity=granularity,
            mode=mode,
        )

        return frozen_snapshot_definition_period


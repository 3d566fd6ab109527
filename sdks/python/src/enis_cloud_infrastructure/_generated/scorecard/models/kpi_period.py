from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.kpi_period_granularity import KpiPeriodGranularity
from ..models.kpi_period_mode import KpiPeriodMode






T = TypeVar("T", bound="KpiPeriod")



@_attrs_define
class KpiPeriod:
    """ 
        Attributes:
            granularity (KpiPeriodGranularity):
            mode (KpiPeriodMode):
     """

    granularity: KpiPeriodGranularity
    mode: KpiPeriodMode





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
        granularity = KpiPeriodGranularity(d.pop("granularity"))




        mode = KpiPeriodMode(d.pop("mode"))




        kpi_period = cls(
            granularity=granularity,
            mode=mode,
        )

        return kpi_period


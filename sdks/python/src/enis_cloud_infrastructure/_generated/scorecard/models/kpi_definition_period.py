from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.kpi_definition_period_granularity import KpiDefinitionPeriodGranularity
from ..models.kpi_definition_period_mode import KpiDefinitionPeriodMode
from ..types import UNSET, Unset






T = TypeVar("T", bound="KpiDefinitionPeriod")



@_attrs_define
class KpiDefinitionPeriod:
    """ 
        Attributes:
            granularity (KpiDefinitionPeriodGranularity | Unset):  Default: KpiDefinitionPeriodGranularity.MONTH.
            mode (KpiDefinitionPeriodMode | Unset):  Default: KpiDefinitionPeriodMode.CALENDAR.
     """

    granularity: KpiDefinitionPeriodGranularity | Unset = KpiDefinitionPeriodGranularity.MONTH
    mode: KpiDefinitionPeriodMode | Unset = KpiDefinitionPeriodMode.CALENDAR





    def to_dict(self) -> dict[str, Any]:
        granularity: str | Unset = UNSET
        if not isinstance(self.granularity, Unset):
            granularity = self.granularity.value


        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _granularity = d.pop("granularity", UNSET)
        granularity: KpiDefinitionPeriodGranularity | Unset
        if isinstance(_granularity,  Unset):
            granularity = UNSET
        else:
            granularity = KpiDefinitionPeriodGranularity(_granularity)




        _mode = d.pop("mode", UNSET)
        mode: KpiDefinitionPeriodMode | Unset
        if isinstance(_mode,  Unset):
            mode = UNSET
        else:
            mode = KpiDefinitionPeriodMode(_mode)




        kpi_definition_period = cls(
            granularity=granularity,
            mode=mode,
        )

        return kpi_definition_period


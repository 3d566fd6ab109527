from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.dashboard_request_kpis_item_type_1 import DashboardRequestKpisItemType1
  from ..models.dashboard_request_time_range_type_0 import DashboardRequestTimeRangeType0
  from ..models.dashboard_request_time_range_type_1 import DashboardRequestTimeRangeType1
  from ..models.inline_kpi import InlineKpi





T = TypeVar("T", bound="DashboardRequest")



@_attrs_define
class DashboardRequest:
    """ 
        Attributes:
            name (str):
            kpis (list[DashboardRequestKpisItemType1 | InlineKpi | str]): one panel each, in order
            time_range (DashboardRequestTimeRangeType0 | DashboardRequestTimeRangeType1 | Unset): default: the last
                DEFAULT_TIME_RANGE (30d)
     """

    name: str
    kpis: list[DashboardRequestKpisItemType1 | InlineKpi | str]
    time_range: DashboardRequestTimeRangeType0 | DashboardRequestTimeRangeType1 | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.dashboard_request_kpis_item_type_1 import DashboardRequestKpisItemType1 # noqa: PLC0415
        from ..models.dashboard_request_time_range_type_0 import DashboardRequestTimeRangeType0 # noqa: PLC0415
        from ..models.dashboard_request_time_range_type_1 import DashboardRequestTimeRangeType1 # noqa: PLC0415
        from ..models.inline_kpi import InlineKpi # noqa: PLC0415
        name = self.name

        kpis = []
        for kpis_item_data in self.kpis:
            kpis_item: dict[str, Any] | str
            if isinstance(kpis_item_data, DashboardRequestKpisItemType1):
                kpis_item = kpis_item_data.to_dict()
            elif isinstance(kpis_item_data, InlineKpi):
                kpis_item = kpis_item_data.to_dict()
            else:
                kpis_item = kpis_item_data
            kpis.append(kpis_item)



        time_range: dict[str, Any] | Unset
        if isinstance(self.time_range, Unset):
            time_range = UNSET
        elif isinstance(self.time_range, DashboardRequestTimeRangeType0):
            time_range = self.time_range.to_dict()
        else:
            time_range = self.time_range.to_dict()



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "kpis": kpis,
        })
        if time_range is not UNSET:
            field_dict["timeRange"] = time_range

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_request_kpis_item_type_1 import DashboardRequestKpisItemType1 # noqa: PLC0415
        from ..models.dashboard_request_time_range_type_0 import DashboardRequestTimeRangeType0 # noqa: PLC0415
        from ..models.dashboard_request_time_range_type_1 import DashboardRequestTimeRangeType1 # noqa: PLC0415
        from ..models.inline_kpi import InlineKpi # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        kpis = []
        _kpis = d.pop("kpis")
        for kpis_item_data in (_kpis):
            def _parse_kpis_item(data: object) -> DashboardRequestKpisItemType1 | InlineKpi | str:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    kpis_item_type_1 = DashboardRequestKpisItemType1.from_dict(data)



                    return kpis_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    kpis_item_type_2 = InlineKpi.from_dict(data)



                    return kpis_item_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(DashboardRequestKpisItemType1 | InlineKpi | str, data)

            kpis_item = _parse_kpis_item(kpis_item_data)

            kpis.append(kpis_item)


        def _parse_time_range(data: object) -> DashboardRequestTimeRangeType0 | DashboardRequestTimeRangeType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_range_type_0 = DashboardRequestTimeRangeType0.from_dict(data)



                return time_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            time_range_type_1 = DashboardRequestTimeRangeType1.from_dict(data)



            return time_range_type_1

        time_range = _parse_time_range(d.pop("timeRange", UNSET))


        dashboard_request = cls(
            name=name,
            kpis=kpis,
            time_range=time_range,
        )

        return dashboard_request


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.dashboard_view_time_range_type_0 import DashboardViewTimeRangeType0
  from ..models.dashboard_view_time_range_type_1 import DashboardViewTimeRangeType1
  from ..models.panel import Panel





T = TypeVar("T", bound="DashboardView")



@_attrs_define
class DashboardView:
    """ 
        Attributes:
            id (str):
            name (str):
            time_range (DashboardViewTimeRangeType0 | DashboardViewTimeRangeType1):
            panels (list[Panel]):
            created_at (datetime.datetime):
            from_ (datetime.datetime):
            as_of (datetime.datetime):
     """

    id: str
    name: str
    time_range: DashboardViewTimeRangeType0 | DashboardViewTimeRangeType1
    panels: list[Panel]
    created_at: datetime.datetime
    from_: datetime.datetime
    as_of: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        from ..models.dashboard_view_time_range_type_0 import DashboardViewTimeRangeType0 # noqa: PLC0415
        from ..models.dashboard_view_time_range_type_1 import DashboardViewTimeRangeType1 # noqa: PLC0415
        from ..models.panel import Panel # noqa: PLC0415
        id = self.id

        name = self.name

        time_range: dict[str, Any]
        if isinstance(self.time_range, DashboardViewTimeRangeType0):
            time_range = self.time_range.to_dict()
        else:
            time_range = self.time_range.to_dict()


        panels = []
        for panels_item_data in self.panels:
            panels_item = panels_item_data.to_dict()
            panels.append(panels_item)



        created_at = self.created_at.isoformat()

        from_ = self.from_.isoformat()

        as_of = self.as_of.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "name": name,
            "timeRange": time_range,
            "panels": panels,
            "createdAt": created_at,
            "from": from_,
            "asOf": as_of,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_view_time_range_type_0 import DashboardViewTimeRangeType0 # noqa: PLC0415
        from ..models.dashboard_view_time_range_type_1 import DashboardViewTimeRangeType1 # noqa: PLC0415
        from ..models.panel import Panel # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_time_range(data: object) -> DashboardViewTimeRangeType0 | DashboardViewTimeRangeType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                time_range_type_0 = DashboardViewTimeRangeType0.from_dict(data)



                return time_range_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            time_range_type_1 = DashboardViewTimeRangeType1.from_dict(data)



            return time_range_type_1

        time_range = _parse_time_range(d.pop("timeRange"))


        panels = []
        _panels = d.pop("panels")
        for panels_item_data in (_panels):
            panels_item = Panel.from_dict(panels_item_data)



            panels.append(panels_item)


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        from_ = datetime.datetime.fromisoformat(d.pop("from"))




        as_of = datetime.datetime.fromisoformat(d.pop("asOf"))




        dashboard_view = cls(
            id=id,
            name=name,
            time_range=time_range,
            panels=panels,
            created_at=created_at,
            from_=from_,
            as_of=as_of,
        )

        return dashboard_view


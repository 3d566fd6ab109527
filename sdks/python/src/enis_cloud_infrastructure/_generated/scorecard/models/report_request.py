from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.report_request_period_type_0 import ReportRequestPeriodType0
  from ..models.report_request_period_type_1 import ReportRequestPeriodType1
  from ..models.report_request_schedule import ReportRequestSchedule





T = TypeVar("T", bound="ReportRequest")



@_attrs_define
class ReportRequest:
    """ a report over a dashboard (dashboardId) or a set of KPIs (kpiIds): exactly one of them. With schedule it is made at
    each run of the cron expression, over period.last before the run; without, now. No period: the dashboard's time
    range (DEFAULT_TIME_RANGE for KPIs).

        Attributes:
            name (str | Unset): default the dashboard's name, or 'KPI report'
            dashboard_id (str | Unset):
            kpi_ids (list[str] | Unset):
            period (ReportRequestPeriodType0 | ReportRequestPeriodType1 | Unset):
            schedule (ReportRequestSchedule | Unset):
     """

    name: str | Unset = UNSET
    dashboard_id: str | Unset = UNSET
    kpi_ids: list[str] | Unset = UNSET
    period: ReportRequestPeriodType0 | ReportRequestPeriodType1 | Unset = UNSET
    schedule: ReportRequestSchedule | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.report_request_period_type_0 import ReportRequestPeriodType0 # noqa: PLC0415
        from ..models.report_request_period_type_1 import ReportRequestPeriodType1 # noqa: PLC0415
        from ..models.report_request_schedule import ReportRequestSchedule # noqa: PLC0415
        name = self.name

        dashboard_id = self.dashboard_id

        kpi_ids: list[str] | Unset = UNSET
        if not isinstance(self.kpi_ids, Unset):
            kpi_ids = self.kpi_ids



        period: dict[str, Any] | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, ReportRequestPeriodType0):
            period = self.period.to_dict()
        else:
            period = self.period.to_dict()


        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if dashboard_id is not UNSET:
            field_dict["dashboardId"] = dashboard_id
        if kpi_ids is not UNSET:
            field_dict["kpiIds"] = kpi_ids
        if period is not UNSET:
            field_dict["period"] = period
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_request_period_type_0 import ReportRequestPeriodType0 # noqa: PLC0415
        from ..models.report_request_period_type_1 import ReportRequestPeriodType1 # noqa: PLC0415
        from ..models.report_request_schedule import ReportRequestSchedule # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        dashboard_id = d.pop("dashboardId", UNSET)

        kpi_ids = cast(list[str], d.pop("kpiIds", UNSET))


        def _parse_period(data: object) -> ReportRequestPeriodType0 | ReportRequestPeriodType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                period_type_0 = ReportRequestPeriodType0.from_dict(data)



                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            period_type_1 = ReportRequestPeriodType1.from_dict(data)



            return period_type_1

        period = _parse_period(d.pop("period", UNSET))


        _schedule = d.pop("schedule", UNSET)
        schedule: ReportRequestSchedule | Unset
        if isinstance(_schedule,  Unset):
            schedule = UNSET
        else:
            schedule = ReportRequestSchedule.from_dict(_schedule)




        report_request = cls(
            name=name,
            dashboard_id=dashboard_id,
            kpi_ids=kpi_ids,
            period=period,
            schedule=schedule,
        )

        return report_request


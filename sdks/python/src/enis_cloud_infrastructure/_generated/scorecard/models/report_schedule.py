from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.report_schedule_period import ReportSchedulePeriod
  from ..models.report_schedule_schedule import ReportScheduleSchedule





T = TypeVar("T", bound="ReportSchedule")



@_attrs_define
class ReportSchedule:
    """ 
        Attributes:
            id (str):
            name (str):
            dashboard_id (None | str):
            kpi_ids (list[str]):
            schedule (ReportScheduleSchedule):
            period (ReportSchedulePeriod):
            next_run_at (datetime.datetime | None):
            created_at (datetime.datetime):
            last_report_id (None | str):
     """

    id: str
    name: str
    dashboard_id: None | str
    kpi_ids: list[str]
    schedule: ReportScheduleSchedule
    period: ReportSchedulePeriod
    next_run_at: datetime.datetime | None
    created_at: datetime.datetime
    last_report_id: None | str





    def to_dict(self) -> dict[str, Any]:
        from ..models.report_schedule_period import ReportSchedulePeriod # noqa: PLC0415
        from ..models.report_schedule_schedule import ReportScheduleSchedule # noqa: PLC0415
        id = self.id

        name = self.name

        dashboard_id: None | str
        dashboard_id = self.dashboard_id

        kpi_ids = self.kpi_ids



        schedule = self.schedule.to_dict()

        period = self.period.to_dict()

        next_run_at: None | str
        if isinstance(self.next_run_at, datetime.datetime):
            next_run_at = self.next_run_at.isoformat()
        else:
            next_run_at = self.next_run_at

        created_at = self.created_at.isoformat()

        last_report_id: None | str
        last_report_id = self.last_report_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "name": name,
            "dashboardId": dashboard_id,
            "kpiIds": kpi_ids,
            "schedule": schedule,
            "period": period,
            "nextRunAt": next_run_at,
            "createdAt": created_at,
            "lastReportId": last_report_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_schedule_period import ReportSchedulePeriod # noqa: PLC0415
        from ..models.report_schedule_schedule import ReportScheduleSchedule # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_dashboard_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dashboard_id = _parse_dashboard_id(d.pop("dashboardId"))


        kpi_ids = cast(list[str], d.pop("kpiIds"))


        schedule = ReportScheduleSchedule.from_dict(d.pop("schedule"))




        period = ReportSchedulePeriod.from_dict(d.pop("period"))




        def _parse_next_run_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_run_at_type_0 = datetime.datetime.fromisoformat(data)



                return next_run_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_run_at = _parse_next_run_at(d.pop("nextRunAt"))


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        def _parse_last_report_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_report_id = _parse_last_report_id(d.pop("lastReportId"))


        report_schedule = cls(
            id=id,
            name=name,
            dashboard_id=dashboard_id,
            kpi_ids=kpi_ids,
            schedule=schedule,
            period=period,
            next_run_at=next_run_at,
            created_at=created_at,
            last_report_id=last_report_id,
        )

        return report_schedule


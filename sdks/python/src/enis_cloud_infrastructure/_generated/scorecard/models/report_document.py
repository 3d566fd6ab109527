from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.dashboard_view import DashboardView
  from ..models.frozen_panel import FrozenPanel
  from ..models.report_document_links import ReportDocumentLinks
  from ..models.report_document_period import ReportDocumentPeriod





T = TypeVar("T", bound="ReportDocument")



@_attrs_define
class ReportDocument:
    """ a report's JSON form: the report and the dashboard evaluated over its period, as generated; closed periods read from
    their snapshots (listed in frozen)

        Attributes:
            id (str):
            name (str):
            dashboard_id (None | str):
            kpi_ids (list[str]):
            period (ReportDocumentPeriod):
            generated_at (datetime.datetime):
            schedule_id (None | str):
            links (ReportDocumentLinks):
            dashboard (DashboardView):
            frozen (list[FrozenPanel]): the panels that read closed periods' snapshots, in panel order
     """

    id: str
    name: str
    dashboard_id: None | str
    kpi_ids: list[str]
    period: ReportDocumentPeriod
    generated_at: datetime.datetime
    schedule_id: None | str
    links: ReportDocumentLinks
    dashboard: DashboardView
    frozen: list[FrozenPanel]





    def to_dict(self) -> dict[str, Any]:
        from ..models.dashboard_view import DashboardView # noqa: PLC0415
        from ..models.frozen_panel import FrozenPanel # noqa: PLC0415
        from ..models.report_document_links import ReportDocumentLinks # noqa: PLC0415
        from ..models.report_document_period import ReportDocumentPeriod # noqa: PLC0415
        id = self.id

        name = self.name

        dashboard_id: None | str
        dashboard_id = self.dashboard_id

        kpi_ids = self.kpi_ids



        period = self.period.to_dict()

        generated_at = self.generated_at.isoformat()

        schedule_id: None | str
        schedule_id = self.schedule_id

        links = self.links.to_dict()

        dashboard = self.dashboard.to_dict()

        frozen = []
        for frozen_item_data in self.frozen:
            frozen_item = frozen_item_data.to_dict()
            frozen.append(frozen_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
            "name": name,
            "dashboardId": dashboard_id,
            "kpiIds": kpi_ids,
            "period": period,
            "generatedAt": generated_at,
            "scheduleId": schedule_id,
            "links": links,
            "dashboard": dashboard,
            "frozen": frozen,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dashboard_view import DashboardView # noqa: PLC0415
        from ..models.frozen_panel import FrozenPanel # noqa: PLC0415
        from ..models.report_document_links import ReportDocumentLinks # noqa: PLC0415
        from ..models.report_document_period import ReportDocumentPeriod # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_dashboard_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        dashboard_id = _parse_dashboard_id(d.pop("dashboardId"))


        kpi_ids = cast(list[str], d.pop("kpiIds"))


        period = ReportDocumentPeriod.from_dict(d.pop("period"))




        generated_at = datetime.datetime.fromisoformat(d.pop("generatedAt"))




        def _parse_schedule_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        schedule_id = _parse_schedule_id(d.pop("scheduleId"))


        links = ReportDocumentLinks.from_dict(d.pop("links"))




        dashboard = DashboardView.from_dict(d.pop("dashboard"))




        frozen = []
        _frozen = d.pop("frozen")
        for frozen_item_data in (_frozen):
            frozen_item = FrozenPanel.from_dict(frozen_item_data)



            frozen.append(frozen_item)


        report_document = cls(
            id=id,
            name=name,
            dashboard_id=dashboard_id,
            kpi_ids=kpi_ids,
            period=period,
            generated_at=generated_at,
            schedule_id=schedule_id,
            links=links,
            dashboard=dashboard,
            frozen=frozen,
        )

        return report_document


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.panel_status import PanelStatus
from typing import cast

if TYPE_CHECKING:
  from ..models.anomaly import Anomaly
  from ..models.attainment import Attainment
  from ..models.change import Change
  from ..models.forecast import Forecast
  from ..models.kpi import Kpi
  from ..models.panel_current_type_1 import PanelCurrentType1
  from ..models.panel_period import PanelPeriod
  from ..models.panel_sparkline_item import PanelSparklineItem





T = TypeVar("T", bound="Panel")



@_attrs_define
class Panel:
    """ 
        Attributes:
            position (int):
            title (str):
            kpi (Kpi):
            current (None | PanelCurrentType1):
            period (PanelPeriod):
            status (PanelStatus):
            change (Change | None):
            sparkline (list[PanelSparklineItem]):
            forecast (Forecast | None):
            forecast_note (None | str):
            attainment (Attainment | None):
            attainment_note (None | str):
            anomalies (list[Anomaly]):
     """

    position: int
    title: str
    kpi: Kpi
    current: None | PanelCurrentType1
    period: PanelPeriod
    status: PanelStatus
    change: Change | None
    sparkline: list[PanelSparklineItem]
    forecast: Forecast | None
    forecast_note: None | str
    attainment: Attainment | None
    attainment_note: None | str
    anomalies: list[Anomaly]





    def to_dict(self) -> dict[str, Any]:
        from ..models.anomaly import Anomaly # noqa: PLC0415
        from ..models.attainment import Attainment # noqa: PLC0415
        from ..models.change import Change # noqa: PLC0415
        from ..models.forecast import Forecast # noqa: PLC0415
        from ..models.kpi import Kpi # noqa: PLC0415
        from ..models.panel_current_type_1 import PanelCurrentType1 # noqa: PLC0415
        from ..models.panel_period import PanelPeriod # noqa: PLC0415
        from ..models.panel_sparkline_item import PanelSparklineItem # noqa: PLC0415
        position = self.position

        title = self.title

        kpi = self.kpi.to_dict()

        current: dict[str, Any] | None
        if isinstance(self.current, PanelCurrentType1):
            current = self.current.to_dict()
        else:
            current = self.current

        period = self.period.to_dict()

        status = self.status.value

        change: dict[str, Any] | None
        if isinstance(self.change, Change):
            change = self.change.to_dict()
        else:
            change = self.change

        sparkline = []
        for sparkline_item_data in self.sparkline:
            sparkline_item = sparkline_item_data.to_dict()
            sparkline.append(sparkline_item)



        forecast: dict[str, Any] | None
        if isinstance(self.forecast, Forecast):
            forecast = self.forecast.to_dict()
        else:
            forecast = self.forecast

        forecast_note: None | str
        forecast_note = self.forecast_note

        attainment: dict[str, Any] | None
        if isinstance(self.attainment, Attainment):
            attainment = self.attainment.to_dict()
        else:
            attainment = self.attainment

        attainment_note: None | str
        attainment_note = self.attainment_note

        anomalies = []
        for anomalies_item_data in self.anomalies:
            anomalies_item = anomalies_item_data.to_dict()
            anomalies.append(anomalies_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "position": position,
            "title": title,
            "kpi": kpi,
            "current": current,
            "period": period,
            "status": status,
            "change": change,
            "sparkline": sparkline,
            "forecast": forecast,
            "forecastNote": forecast_note,
            "attainment": attainment,
            "attainmentNote": attainment_note,
            "anomalies": anomalies,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.anomaly import Anomaly # noqa: PLC0415
        from ..models.attainment import Attainment # noqa: PLC0415
        from ..models.change import Change # noqa: PLC0415
        from ..models.forecast import Forecast # noqa: PLC0415
        from ..models.kpi import Kpi # noqa: PLC0415
        from ..models.panel_current_type_1 import PanelCurrentType1 # noqa: PLC0415
        from ..models.panel_period import PanelPeriod # noqa: PLC0415
        from ..models.panel_sparkline_item import PanelSparklineItem # noqa: PLC0415
        d = dict(src_dict)
        position = d.pop("position")

        title = d.pop("title")

        kpi = Kpi.from_dict(d.pop("kpi"))




        def _parse_current(data: object) -> None | PanelCurrentType1:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_type_1 = PanelCurrentType1.from_dict(data)



                return current_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PanelCurrentType1, data)

        current = _parse_current(d.pop("current"))


        period = PanelPeriod.from_dict(d.pop("period"))




        status = PanelStatus(d.pop("status"))




        def _parse_change(data: object) -> Change | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                change_type_1 = Change.from_dict(data)



                return change_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Change | None, data)

        change = _parse_change(d.pop("change"))


        sparkline = []
        _sparkline = d.pop("sparkline")
        for sparkline_item_data in (_sparkline):
            sparkline_item = PanelSparklineItem.from_dict(sparkline_item_data)



            sparkline.append(sparkline_item)


        def _parse_forecast(data: object) -> Forecast | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                forecast_type_1 = Forecast.from_dict(data)



                return forecast_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Forecast | None, data)

        forecast = _parse_forecast(d.pop("forecast"))


        def _parse_forecast_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        forecast_note = _parse_forecast_note(d.pop("forecastNote"))


        def _parse_attainment(data: object) -> Attainment | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attainment_type_1 = Attainment.from_dict(data)



                return attainment_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Attainment | None, data)

        attainment = _parse_attainment(d.pop("attainment"))


        def _parse_attainment_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        attainment_note = _parse_attainment_note(d.pop("attainmentNote"))


        anomalies = []
        _anomalies = d.pop("anomalies")
        for anomalies_item_data in (_anomalies):
            anomalies_item = Anomaly.from_dict(anomalies_item_data)



            anomalies.append(anomalies_item)


        panel = cls(
            position=position,
            title=title,
            kpi=kpi,
            current=current,
            period=period,
            status=status,
            change=change,
            sparkline=sparkline,
            forecast=forecast,
            forecast_note=forecast_note,
            attainment=attainment,
            attainment_note=attainment_note,
            anomalies=anomalies,
        )

        return panel


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.anomaly import Anomaly
  from ..models.attainment import Attainment
  from ..models.change import Change
  from ..models.forecast import Forecast
  from ..models.trend_report_moving_average_item import TrendReportMovingAverageItem
  from ..models.trend_report_regression_type_1 import TrendReportRegressionType1
  from ..models.trend_report_series_item import TrendReportSeriesItem





T = TypeVar("T", bound="TrendReport")



@_attrs_define
class TrendReport:
    """ 
        Attributes:
            kpi_id (str):
            from_ (datetime.datetime):
            as_of (datetime.datetime):
            series (list[TrendReportSeriesItem]):
            moving_average (list[TrendReportMovingAverageItem]): trailing mean over window days; null until window days are
                in
            regression (None | TrendReportRegressionType1):
            regression_note (None | str):
            forecast (Forecast | None):
            forecast_note (None | str):
            attainment (Attainment | None):
            attainment_note (None | str):
            anomalies (list[Anomaly]):
            change (Change | None):
     """

    kpi_id: str
    from_: datetime.datetime
    as_of: datetime.datetime
    series: list[TrendReportSeriesItem]
    moving_average: list[TrendReportMovingAverageItem]
    regression: None | TrendReportRegressionType1
    regression_note: None | str
    forecast: Forecast | None
    forecast_note: None | str
    attainment: Attainment | None
    attainment_note: None | str
    anomalies: list[Anomaly]
    change: Change | None





    def to_dict(self) -> dict[str, Any]:
        from ..models.anomaly import Anomaly # noqa: PLC0415
        from ..models.attainment import Attainment # noqa: PLC0415
        from ..models.change import Change # noqa: PLC0415
        from ..models.forecast import Forecast # noqa: PLC0415
        from ..models.trend_report_moving_average_item import TrendReportMovingAverageItem # noqa: PLC0415
        from ..models.trend_report_regression_type_1 import TrendReportRegressionType1 # noqa: PLC0415
        from ..models.trend_report_series_item import TrendReportSeriesItem # noqa: PLC0415
        kpi_id = self.kpi_id

        from_ = self.from_.isoformat()

        as_of = self.as_of.isoformat()

        series = []
        for series_item_data in self.series:
            series_item = series_item_data.to_dict()
            series.append(series_item)



        moving_average = []
        for moving_average_item_data in self.moving_average:
            moving_average_item = moving_average_item_data.to_dict()
            moving_average.append(moving_average_item)



        regression: dict[str, Any] | None
        if isinstance(self.regression, TrendReportRegressionType1):
            regression = self.regression.to_dict()
        else:
            regression = self.regression

        regression_note: None | str
        regression_note = self.regression_note

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



        change: dict[str, Any] | None
        if isinstance(self.change, Change):
            change = self.change.to_dict()
        else:
            change = self.change


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kpiId": kpi_id,
            "from": from_,
            "asOf": as_of,
            "series": series,
            "movingAverage": moving_average,
            "regression": regression,
            "regressionNote": regression_note,
            "forecast": forecast,
            "forecastNote": forecast_note,
            "attainment": attainment,
            "attainmentNote": attainment_note,
            "anomalies": anomalies,
            "change": change,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.anomaly import Anomaly # noqa: PLC0415
        from ..models.attainment import Attainment # noqa: PLC0415
        from ..models.change import Change # noqa: PLC0415
        from ..models.forecast import Forecast # noqa: PLC0415
        from ..models.trend_report_moving_average_item import TrendReportMovingAverageItem # noqa: PLC0415
        from ..models.trend_report_regression_type_1 import TrendReportRegressionType1 # noqa: PLC0415
        from ..models.trend_report_series_item import TrendReportSeriesItem # noqa: PLC0415
        d = dict(src_dict)
        kpi_id = d.pop("kpiId")

        from_ = datetime.datetime.fromisoformat(d.pop("from"))




        as_of = datetime.datetime.fromisoformat(d.pop("asOf"))




        series = []
        _series = d.pop("series")
        for series_item_data in (_series):
            series_item = TrendReportSeriesItem.from_dict(series_item_data)



            series.append(series_item)


        moving_average = []
        _moving_average = d.pop("movingAverage")
        for moving_average_item_data in (_moving_average):
            moving_average_item = TrendReportMovingAverageItem.from_dict(moving_average_item_data)



            moving_average.append(moving_average_item)


        def _parse_regression(data: object) -> None | TrendReportRegressionType1:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                regression_type_1 = TrendReportRegressionType1.from_dict(data)



                return regression_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TrendReportRegressionType1, data)

        regression = _parse_regression(d.pop("regression"))


        def _parse_regression_note(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        regression_note = _parse_regression_note(d.pop("regressionNote"))


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


        trend_report = cls(
            kpi_id=kpi_id,
            from_=from_,
            as_of=as_of,
            series=series,
            moving_average=moving_average,
            regression=regression,
            regression_note=regression_note,
            forecast=forecast,
            forecast_note=forecast_note,
            attainment=attainment,
            attainment_note=attainment_note,
            anomalies=anomalies,
            change=change,
        )

        return trend_report


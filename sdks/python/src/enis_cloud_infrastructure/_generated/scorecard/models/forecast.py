from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.forecast_method import ForecastMethod
from typing import cast

if TYPE_CHECKING:
  from ..models.forecast_points_item import ForecastPointsItem





T = TypeVar("T", bound="Forecast")



@_attrs_define
class Forecast:
    """ 
        Attributes:
            method (ForecastMethod):
            level (float):
            points (list[ForecastPointsItem]):
     """

    method: ForecastMethod
    level: float
    points: list[ForecastPointsItem]





    def to_dict(self) -> dict[str, Any]:
        from ..models.forecast_points_item import ForecastPointsItem # noqa: PLC0415
        method = self.method.value

        level = self.level

        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "method": method,
            "level": level,
            "points": points,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_points_item import ForecastPointsItem # noqa: PLC0415
        d = dict(src_dict)
        method = ForecastMethod(d.pop("method"))




        level = d.pop("level")

        points = []
        _points = d.pop("points")
        for points_item_data in (_points):
            points_item = ForecastPointsItem.from_dict(points_item_data)



            points.append(points_item)


        forecast = cls(
            method=method,
            level=level,
            points=points,
        )

        return forecast


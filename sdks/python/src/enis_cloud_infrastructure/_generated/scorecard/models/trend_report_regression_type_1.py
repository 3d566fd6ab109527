from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="TrendReportRegressionType1")



@_attrs_define
class TrendReportRegressionType1:
    """ 
        Attributes:
            first_day (datetime.date):
            slope_per_day (float):
            intercept (float): the line's value on firstDay
            r_squared (float):
            residual_sd (float):
            n (int):
     """

    first_day: datetime.date
    slope_per_day: float
    intercept: float
    r_squared: float
    residual_sd: float
    n: int





    def to_dict(self) -> dict[str, Any]:
        first_day = self.first_day.isoformat()

        slope_per_day = self.slope_per_day

        intercept = self.intercept

        r_squared = self.r_squared

        residual_sd = self.residual_sd

        n = self.n


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "firstDay": first_day,
            "slopePerDay": slope_per_day,
            "intercept": intercept,
            "rSquared": r_squared,
            "residualSd": residual_sd,
            "n": n,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_day = datetime.date.fromisoformat(d.pop("firstDay"))




        slope_per_day = d.pop("slopePerDay")

        intercept = d.pop("intercept")

        r_squared = d.pop("rSquared")

        residual_sd = d.pop("residualSd")

        n = d.pop("n")

        trend_report_regression_type_1 = cls(
            first_day=first_day,
            slope_per_day=slope_per_day,
            intercept=intercept,
            r_squared=r_squared,
            residual_sd=residual_sd,
            n=n,
        )

        return trend_report_regression_type_1


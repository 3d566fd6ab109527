from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="ReportRequestSchedule")



@_attrs_define
class ReportRequestSchedule:
    """ 
        Attributes:
            cron (str): Unix cron, five fields: minute hour day-of-month month day-of-week
            time_zone (str | Unset): IANA time zone of the expression; default TIME_ZONE
     """

    cron: str
    time_zone: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        cron = self.cron

        time_zone = self.time_zone


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "cron": cron,
        })
        if time_zone is not UNSET:
            field_dict["timeZone"] = time_zone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cron = d.pop("cron")

        time_zone = d.pop("timeZone", UNSET)

        report_request_schedule = cls(
            cron=cron,
            time_zone=time_zone,
        )

        return report_request_schedule


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ReportScheduleSchedule")



@_attrs_define
class ReportScheduleSchedule:
    """ 
        Attributes:
            cron (str):
            time_zone (str):
     """

    cron: str
    time_zone: str





    def to_dict(self) -> dict[str, Any]:
        cron = self.cron

        time_zone = self.time_zone


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "cron": cron,
            "timeZone": time_zone,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cron = d.pop("cron")

        time_zone = d.pop("timeZone")

        report_schedule_schedule = cls(
            cron=cron,
            time_zone=time_zone,
        )

        return report_schedule_schedule


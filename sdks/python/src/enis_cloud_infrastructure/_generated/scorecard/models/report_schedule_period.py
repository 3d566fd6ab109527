from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ReportSchedulePeriod")



@_attrs_define
class ReportSchedulePeriod:
    """ 
        Attributes:
            last (str):
     """

    last: str





    def to_dict(self) -> dict[str, Any]:
        last = self.last


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "last": last,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        last = d.pop("last")

        report_schedule_period = cls(
            last=last,
        )

        return report_schedule_period


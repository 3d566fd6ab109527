from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ReportRequestPeriodType0")



@_attrs_define
class ReportRequestPeriodType0:
    """ 
        Attributes:
            last (str): 1d to 3660d, Prometheus notation
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

        report_request_period_type_0 = cls(
            last=last,
        )

        return report_request_period_type_0


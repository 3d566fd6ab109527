from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PanelSparklineItem")



@_attrs_define
class PanelSparklineItem:
    """ 
        Attributes:
            date (datetime.date):
            value (float):
     """

    date: datetime.date
    value: float





    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "date": date,
            "value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))




        value = d.pop("value")

        panel_sparkline_item = cls(
            date=date,
            value=value,
        )

        return panel_sparkline_item


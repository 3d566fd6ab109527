from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PanelPeriod")



@_attrs_define
class PanelPeriod:
    """ 
        Attributes:
            start (datetime.datetime):
            end (datetime.datetime):
            value (float | None):
     """

    start: datetime.datetime
    end: datetime.datetime
    value: float | None





    def to_dict(self) -> dict[str, Any]:
        start = self.start.isoformat()

        end = self.end.isoformat()

        value: float | None
        value = self.value


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "start": start,
            "end": end,
            "value": value,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = datetime.datetime.fromisoformat(d.pop("start"))




        end = datetime.datetime.fromisoformat(d.pop("end"))




        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))


        panel_period = cls(
            start=start,
            end=end,
            value=value,
        )

        return panel_period


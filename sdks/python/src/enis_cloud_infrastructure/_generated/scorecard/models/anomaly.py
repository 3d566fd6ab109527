from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="Anomaly")



@_attrs_define
class Anomaly:
    """ 
        Attributes:
            date (datetime.date):
            value (float):
            median (float):
            z (float | None):
     """

    date: datetime.date
    value: float
    median: float
    z: float | None





    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        value = self.value

        median = self.median

        z: float | None
        z = self.z


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "date": date,
            "value": value,
            "median": median,
            "z": z,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))




        value = d.pop("value")

        median = d.pop("median")

        def _parse_z(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        z = _parse_z(d.pop("z"))


        anomaly = cls(
            date=date,
            value=value,
            median=median,
            z=z,
        )

        return anomaly


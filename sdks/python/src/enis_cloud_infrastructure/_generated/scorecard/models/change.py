from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="Change")



@_attrs_define
class Change:
    """ against the previous period's value; percent of |previous|, null when previous is 0

        Attributes:
            previous (float):
            absolute (float):
            percent (float | None):
     """

    previous: float
    absolute: float
    percent: float | None





    def to_dict(self) -> dict[str, Any]:
        previous = self.previous

        absolute = self.absolute

        percent: float | None
        percent = self.percent


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "previous": previous,
            "absolute": absolute,
            "percent": percent,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        previous = d.pop("previous")

        absolute = d.pop("absolute")

        def _parse_percent(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        percent = _parse_percent(d.pop("percent"))


        change = cls(
            previous=previous,
            absolute=absolute,
            percent=percent,
        )

        return change


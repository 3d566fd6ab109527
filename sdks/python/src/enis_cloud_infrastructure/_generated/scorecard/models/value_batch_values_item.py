from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ValueBatchValuesItem")



@_attrs_define
class ValueBatchValuesItem:
    """ 
        Attributes:
            value (float): in the batch's or the value's unit; at most 1e15 once converted
            at (datetime.datetime | Unset): default: now
            unit (str | Unset):
     """

    value: float
    at: datetime.datetime | Unset = UNSET
    unit: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        value = self.value

        at: str | Unset = UNSET
        if not isinstance(self.at, Unset):
            at = self.at.isoformat()

        unit = self.unit


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "value": value,
        })
        if at is not UNSET:
            field_dict["at"] = at
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        _at = d.pop("at", UNSET)
        at: datetime.datetime | Unset
        if isinstance(_at,  Unset):
            at = UNSET
        else:
            at = datetime.datetime.fromisoformat(_at)




        unit = d.pop("unit", UNSET)

        value_batch_values_item = cls(
            value=value,
            at=at,
            unit=unit,
        )

        return value_batch_values_item


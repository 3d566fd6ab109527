from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.value_batch_values_item import ValueBatchValuesItem





T = TypeVar("T", bound="ValueBatch")



@_attrs_define
class ValueBatch:
    """ 
        Attributes:
            values (list[ValueBatchValuesItem]):
            unit (str | Unset): the unit of the values that name none; default the KPI's
     """

    values: list[ValueBatchValuesItem]
    unit: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.value_batch_values_item import ValueBatchValuesItem # noqa: PLC0415
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)



        unit = self.unit


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "values": values,
        })
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.value_batch_values_item import ValueBatchValuesItem # noqa: PLC0415
        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in (_values):
            values_item = ValueBatchValuesItem.from_dict(values_item_data)



            values.append(values_item)


        unit = d.pop("unit", UNSET)

        value_batch = cls(
            values=values,
            unit=unit,
        )

        return value_batch


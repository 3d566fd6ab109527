from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.value import Value





T = TypeVar("T", bound="ValueList")



@_attrs_define
class ValueList:
    """ 
        Attributes:
            values (list[Value]):
     """

    values: list[Value]





    def to_dict(self) -> dict[str, Any]:
        from ..models.value import Value # noqa: PLC0415
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "values": values,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.value import Value # noqa: PLC0415
        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in (_values):
            values_item = Value.from_dict(values_item_data)



            values.append(values_item)


        value_list = cls(
            values=values,
        )

        return value_list


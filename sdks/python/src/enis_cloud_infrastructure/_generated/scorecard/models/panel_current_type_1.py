from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PanelCurrentType1")



@_attrs_define
class PanelCurrentType1:
    """ 
        Attributes:
            value (float):
            at (datetime.datetime):
     """

    value: float
    at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        value = self.value

        at = self.at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "value": value,
            "at": at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        value = d.pop("value")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        panel_current_type_1 = cls(
            value=value,
            at=at,
        )

        return panel_current_type_1


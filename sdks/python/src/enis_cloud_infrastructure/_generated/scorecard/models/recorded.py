from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="Recorded")



@_attrs_define
class Recorded:
    """ 
        Attributes:
            kpi_id (str):
            stored (int):
     """

    kpi_id: str
    stored: int





    def to_dict(self) -> dict[str, Any]:
        kpi_id = self.kpi_id

        stored = self.stored


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kpiId": kpi_id,
            "stored": stored,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kpi_id = d.pop("kpiId")

        stored = d.pop("stored")

        recorded = cls(
            kpi_id=kpi_id,
            stored=stored,
        )

        return recorded


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="DashboardRequestKpisItemType1")



@_attrs_define
class DashboardRequestKpisItemType1:
    """ 
        Attributes:
            id (str):
            title (str | Unset): the panel's title; default the KPI's name
     """

    id: str
    title: str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "id": id,
        })
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        dashboard_request_kpis_item_type_1 = cls(
            id=id,
            title=title,
        )

        return dashboard_request_kpis_item_type_1


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="DashboardPanelsItem")



@_attrs_define
class DashboardPanelsItem:
    """ 
        Attributes:
            position (int):
            kpi_id (str):
            title (str):
     """

    position: int
    kpi_id: str
    title: str





    def to_dict(self) -> dict[str, Any]:
        position = self.position

        kpi_id = self.kpi_id

        title = self.title


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "position": position,
            "kpiId": kpi_id,
            "title": title,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        position = d.pop("position")

        kpi_id = d.pop("kpiId")

        title = d.pop("title")

        dashboard_panels_item = cls(
            position=position,
            kpi_id=kpi_id,
            title=title,
        )

        return dashboard_panels_item


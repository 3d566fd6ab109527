from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.kpi import Kpi





T = TypeVar("T", bound="KpiList")



@_attrs_define
class KpiList:
    """ 
        Attributes:
            kpis (list[Kpi]):
     """

    kpis: list[Kpi]





    def to_dict(self) -> dict[str, Any]:
        from ..models.kpi import Kpi # noqa: PLC0415
        kpis = []
        for kpis_item_data in self.kpis:
            kpis_item = kpis_item_data.to_dict()
            kpis.append(kpis_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kpis": kpis,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.kpi import Kpi # noqa: PLC0415
        d = dict(src_dict)
        kpis = []
        _kpis = d.pop("kpis")
        for kpis_item_data in (_kpis):
            kpis_item = Kpi.from_dict(kpis_item_data)



            kpis.append(kpis_item)


        kpi_list = cls(
            kpis=kpis,
        )

        return kpi_list


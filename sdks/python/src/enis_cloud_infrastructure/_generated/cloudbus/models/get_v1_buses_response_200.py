from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.bus import Bus





T = TypeVar("T", bound="GetV1BusesResponse200")



@_attrs_define
class GetV1BusesResponse200:
    """ 
        Attributes:
            buses (list[Bus] | Unset):
     """

    buses: list[Bus] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.bus import Bus # noqa: PLC0415
        buses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.buses, Unset):
            buses = []
            for buses_item_data in self.buses:
                buses_item = buses_item_data.to_dict()
                buses.append(buses_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if buses is not UNSET:
            field_dict["buses"] = buses

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bus import Bus # noqa: PLC0415
        d = dict(src_dict)
        _buses = d.pop("buses", UNSET)
        buses: list[Bus] | Unset = UNSET
        if _buses is not UNSET:
            buses = []
            for buses_item_data in _buses:
                buses_item = Bus.from_dict(buses_item_data)



                buses.append(buses_item)


        get_v1_buses_response_200 = cls(
            buses=buses,
        )


        get_v1_buses_response_200.additional_properties = d
        return get_v1_buses_response_200

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

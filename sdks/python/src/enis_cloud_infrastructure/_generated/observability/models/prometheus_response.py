from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.prometheus_response_data import PrometheusResponseData





T = TypeVar("T", bound="PrometheusResponse")



@_attrs_define
class PrometheusResponse:
    """ 
        Attributes:
            status (Literal['success'] | Unset):
            data (PrometheusResponseData | Unset):
     """

    status: Literal['success'] | Unset = UNSET
    data: PrometheusResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.prometheus_response_data import PrometheusResponseData # noqa: PLC0415
        status = self.status

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prometheus_response_data import PrometheusResponseData # noqa: PLC0415
        d = dict(src_dict)
        status = cast(Literal['success'] | Unset , d.pop("status", UNSET))
        if status != 'success'and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'success', got '{status}'")

        _data = d.pop("data", UNSET)
        data: PrometheusResponseData | Unset
        if isinstance(_data,  Unset):
            data = UNSET
        else:
            data = PrometheusResponseData.from_dict(_data)




        prometheus_response = cls(
            status=status,
            data=data,
        )


        prometheus_response.additional_properties = d
        return prometheus_response

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

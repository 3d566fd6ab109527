from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.prometheus_response_data_result_type import PrometheusResponseDataResultType
from ..types import UNSET, Unset






T = TypeVar("T", bound="PrometheusResponseData")



@_attrs_define
class PrometheusResponseData:
    """ 
        Attributes:
            result_type (PrometheusResponseDataResultType | Unset):
            result (Any | Unset):
     """

    result_type: PrometheusResponseDataResultType | Unset = UNSET
    result: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        result_type: str | Unset = UNSET
        if not isinstance(self.result_type, Unset):
            result_type = self.result_type.value


        result = self.result


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if result_type is not UNSET:
            field_dict["resultType"] = result_type
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _result_type = d.pop("resultType", UNSET)
        result_type: PrometheusResponseDataResultType | Unset
        if isinstance(_result_type,  Unset):
            result_type = UNSET
        else:
            result_type = PrometheusResponseDataResultType(_result_type)




        result = d.pop("result", UNSET)

        prometheus_response_data = cls(
            result_type=result_type,
            result=result,
        )


        prometheus_response_data.additional_properties = d
        return prometheus_response_data

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.get_v1_metrics_prometheus_api_v1_series_response_200_data_item import GetV1MetricsPrometheusApiV1SeriesResponse200DataItem





T = TypeVar("T", bound="GetV1MetricsPrometheusApiV1SeriesResponse200")



@_attrs_define
class GetV1MetricsPrometheusApiV1SeriesResponse200:
    """ 
        Attributes:
            status (Literal['success']):
            data (list[GetV1MetricsPrometheusApiV1SeriesResponse200DataItem]):
     """

    status: Literal['success']
    data: list[GetV1MetricsPrometheusApiV1SeriesResponse200DataItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.get_v1_metrics_prometheus_api_v1_series_response_200_data_item import GetV1MetricsPrometheusApiV1SeriesResponse200DataItem # noqa: PLC0415
        status = self.status

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "status": status,
            "data": data,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_v1_metrics_prometheus_api_v1_series_response_200_data_item import GetV1MetricsPrometheusApiV1SeriesResponse200DataItem # noqa: PLC0415
        d = dict(src_dict)
        status = cast(Literal['success'] , d.pop("status"))
        if status != 'success':
            raise ValueError(f"status must match const 'success', got '{status}'")

        data = []
        _data = d.pop("data")
        for data_item_data in (_data):
            data_item = GetV1MetricsPrometheusApiV1SeriesResponse200DataItem.from_dict(data_item_data)



            data.append(data_item)


        get_v1_metrics_prometheus_api_v1_series_response_200 = cls(
            status=status,
            data=data,
        )


        get_v1_metrics_prometheus_api_v1_series_response_200.additional_properties = d
        return get_v1_metrics_prometheus_api_v1_series_response_200

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

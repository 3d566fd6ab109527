from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.get_v1_metrics_prometheus_api_v1_metadata_response_200_data import GetV1MetricsPrometheusApiV1MetadataResponse200Data





T = TypeVar("T", bound="GetV1MetricsPrometheusApiV1MetadataResponse200")



@_attrs_define
class GetV1MetricsPrometheusApiV1MetadataResponse200:
    """ 
        Attributes:
            status (Literal['success']):
            data (GetV1MetricsPrometheusApiV1MetadataResponse200Data):
     """

    status: Literal['success']
    data: GetV1MetricsPrometheusApiV1MetadataResponse200Data
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.get_v1_metrics_prometheus_api_v1_metadata_response_200_data import GetV1MetricsPrometheusApiV1MetadataResponse200Data # noqa: PLC0415
        status = self.status

        data = self.data.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "status": status,
            "data": data,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_v1_metrics_prometheus_api_v1_metadata_response_200_data import GetV1MetricsPrometheusApiV1MetadataResponse200Data # noqa: PLC0415
        d = dict(src_dict)
        status = cast(Literal['success'] , d.pop("status"))
        if status != 'success':
            raise ValueError(f"status must match const 'success', got '{status}'")

        data = GetV1MetricsPrometheusApiV1MetadataResponse200Data.from_dict(d.pop("data"))




        get_v1_metrics_prometheus_api_v1_metadata_response_200 = cls(
            status=status,
            data=data,
        )


        get_v1_metrics_prometheus_api_v1_metadata_response_200.additional_properties = d
        return get_v1_metrics_prometheus_api_v1_metadata_response_200

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

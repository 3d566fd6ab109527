from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.get_v1_metrics_prometheus_api_v1_metadata_response_200_data_additional_property_item import GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItem





T = TypeVar("T", bound="GetV1MetricsPrometheusApiV1MetadataResponse200Data")



@_attrs_define
class GetV1MetricsPrometheusApiV1MetadataResponse200Data:
    

    additional_properties: dict[str, list[GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItem]] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.get_v1_metrics_prometheus_api_v1_metadata_response_200_data_additional_property_item import GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItem # noqa: PLC0415
        
        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = []
            for additional_property_item_data in prop:
                additional_property_item = additional_property_item_data.to_dict()
                field_dict[prop_name].append(additional_property_item)




        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_v1_metrics_prometheus_api_v1_metadata_response_200_data_additional_property_item import GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItem # noqa: PLC0415
        d = dict(src_dict)
        get_v1_metrics_prometheus_api_v1_metadata_response_200_data = cls(
        )


        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = []
            _additional_property = prop_dict
            for additional_property_item_data in (_additional_property):
                additional_property_item = GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItem.from_dict(additional_property_item_data)



                additional_property.append(additional_property_item)

            additional_properties[prop_name] = additional_property

        get_v1_metrics_prometheus_api_v1_metadata_response_200_data.additional_properties = additional_properties
        return get_v1_metrics_prometheus_api_v1_metadata_response_200_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> list[GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItem]:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: list[GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItem]) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

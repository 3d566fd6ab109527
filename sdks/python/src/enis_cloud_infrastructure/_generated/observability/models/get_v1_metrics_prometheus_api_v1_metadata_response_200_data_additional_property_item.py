from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.get_v1_metrics_prometheus_api_v1_metadata_response_200_data_additional_property_item_type import GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItemType
from ..types import UNSET, Unset






T = TypeVar("T", bound="GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItem")



@_attrs_define
class GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItem:
    """ 
        Attributes:
            type_ (GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItemType | Unset):
            help_ (str | Unset):
            unit (str | Unset):
     """

    type_: GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItemType | Unset = UNSET
    help_: str | Unset = UNSET
    unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value


        help_ = self.help_

        unit = self.unit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if type_ is not UNSET:
            field_dict["type"] = type_
        if help_ is not UNSET:
            field_dict["help"] = help_
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItemType | Unset
        if isinstance(_type_,  Unset):
            type_ = UNSET
        else:
            type_ = GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItemType(_type_)




        help_ = d.pop("help", UNSET)

        unit = d.pop("unit", UNSET)

        get_v1_metrics_prometheus_api_v1_metadata_response_200_data_additional_property_item = cls(
            type_=type_,
            help_=help_,
            unit=unit,
        )


        get_v1_metrics_prometheus_api_v1_metadata_response_200_data_additional_property_item.additional_properties = d
        return get_v1_metrics_prometheus_api_v1_metadata_response_200_data_additional_property_item

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

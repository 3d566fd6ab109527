from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="PostV1MetricsResponse200PartialSuccess")



@_attrs_define
class PostV1MetricsResponse200PartialSuccess:
    """ 
        Attributes:
            rejected_data_points (str | Unset): int64 as a decimal string (protobuf JSON)
            error_message (str | Unset):  Example: 2 of 9 data points rejected:
                resourceMetrics[0].scopeMetrics[0].metrics[3].sum.aggregationTemporality: delta temporality is not stored (...).
     """

    rejected_data_points: str | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        rejected_data_points = self.rejected_data_points

        error_message = self.error_message


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if rejected_data_points is not UNSET:
            field_dict["rejectedDataPoints"] = rejected_data_points
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rejected_data_points = d.pop("rejectedDataPoints", UNSET)

        error_message = d.pop("errorMessage", UNSET)

        post_v1_metrics_response_200_partial_success = cls(
            rejected_data_points=rejected_data_points,
            error_message=error_message,
        )


        post_v1_metrics_response_200_partial_success.additional_properties = d
        return post_v1_metrics_response_200_partial_success

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

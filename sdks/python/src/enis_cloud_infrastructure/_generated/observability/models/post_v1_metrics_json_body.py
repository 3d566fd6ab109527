from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.post_v1_metrics_json_body_resource_metrics_item import PostV1MetricsJsonBodyResourceMetricsItem





T = TypeVar("T", bound="PostV1MetricsJsonBody")



@_attrs_define
class PostV1MetricsJsonBody:
    """ OTLP ExportMetricsServiceRequest, JSON encoding (lowerCamelCase, int64 as strings, enums as integers)

        Attributes:
            resource_metrics (list[PostV1MetricsJsonBodyResourceMetricsItem] | Unset):
     """

    resource_metrics: list[PostV1MetricsJsonBodyResourceMetricsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.post_v1_metrics_json_body_resource_metrics_item import PostV1MetricsJsonBodyResourceMetricsItem # noqa: PLC0415
        resource_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_metrics, Unset):
            resource_metrics = []
            for resource_metrics_item_data in self.resource_metrics:
                resource_metrics_item = resource_metrics_item_data.to_dict()
                resource_metrics.append(resource_metrics_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if resource_metrics is not UNSET:
            field_dict["resourceMetrics"] = resource_metrics

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_v1_metrics_json_body_resource_metrics_item import PostV1MetricsJsonBodyResourceMetricsItem # noqa: PLC0415
        d = dict(src_dict)
        _resource_metrics = d.pop("resourceMetrics", UNSET)
        resource_metrics: list[PostV1MetricsJsonBodyResourceMetricsItem] | Unset = UNSET
        if _resource_metrics is not UNSET:
            resource_metrics = []
            for resource_metrics_item_data in _resource_metrics:
                resource_metrics_item = PostV1MetricsJsonBodyResourceMetricsItem.from_dict(resource_metrics_item_data)



                resource_metrics.append(resource_metrics_item)


        post_v1_metrics_json_body = cls(
            resource_metrics=resource_metrics,
        )


        post_v1_metrics_json_body.additional_properties = d
        return post_v1_metrics_json_body

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

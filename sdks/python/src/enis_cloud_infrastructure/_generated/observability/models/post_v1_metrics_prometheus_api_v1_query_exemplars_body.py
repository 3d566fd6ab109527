from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="PostV1MetricsPrometheusApiV1QueryExemplarsBody")



@_attrs_define
class PostV1MetricsPrometheusApiV1QueryExemplarsBody:
    """ 
        Attributes:
            query (str):
            start (str | Unset):
            end (str | Unset):
     """

    query: str
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        query = self.query

        start = self.start

        end = self.end


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "query": query,
        })
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query")

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        post_v1_metrics_prometheus_api_v1_query_exemplars_body = cls(
            query=query,
            start=start,
            end=end,
        )


        post_v1_metrics_prometheus_api_v1_query_exemplars_body.additional_properties = d
        return post_v1_metrics_prometheus_api_v1_query_exemplars_body

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

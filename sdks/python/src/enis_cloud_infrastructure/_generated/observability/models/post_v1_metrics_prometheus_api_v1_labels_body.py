from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PostV1MetricsPrometheusApiV1LabelsBody")



@_attrs_define
class PostV1MetricsPrometheusApiV1LabelsBody:
    """ 
        Attributes:
            match (list[str] | Unset):
            start (str | Unset):
            end (str | Unset):
            limit (int | Unset):
     """

    match: list[str] | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        match: list[str] | Unset = UNSET
        if not isinstance(self.match, Unset):
            match = self.match



        start = self.start

        end = self.end

        limit = self.limit


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if match is not UNSET:
            field_dict["match[]"] = match
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        match = cast(list[str], d.pop("match[]", UNSET))


        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        limit = d.pop("limit", UNSET)

        post_v1_metrics_prometheus_api_v1_labels_body = cls(
            match=match,
            start=start,
            end=end,
            limit=limit,
        )


        post_v1_metrics_prometheus_api_v1_labels_body.additional_properties = d
        return post_v1_metrics_prometheus_api_v1_labels_body

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="PostV1MetricsQueryBody")



@_attrs_define
class PostV1MetricsQueryBody:
    """ 
        Attributes:
            query (str | Unset):
            time (str | Unset):
            start (str | Unset):
            end (str | Unset):
            step (str | Unset):
     """

    query: str | Unset = UNSET
    time: str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    step: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        query = self.query

        time = self.time

        start = self.start

        end = self.end

        step = self.step


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if query is not UNSET:
            field_dict["query"] = query
        if time is not UNSET:
            field_dict["time"] = time
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if step is not UNSET:
            field_dict["step"] = step

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        query = d.pop("query", UNSET)

        time = d.pop("time", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        step = d.pop("step", UNSET)

        post_v1_metrics_query_body = cls(
            query=query,
            time=time,
            start=start,
            end=end,
            step=step,
        )


        post_v1_metrics_query_body.additional_properties = d
        return post_v1_metrics_query_body

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

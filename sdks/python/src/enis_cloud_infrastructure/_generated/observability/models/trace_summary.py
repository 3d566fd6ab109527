from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="TraceSummary")



@_attrs_define
class TraceSummary:
    """ 
        Attributes:
            trace_id (str | Unset):
            root_service (str | Unset):
            root_operation (str | Unset):
            start_time (str | Unset):
            duration_ms (float | Unset):
            span_count (int | Unset):
            error_count (int | Unset):
     """

    trace_id: str | Unset = UNSET
    root_service: str | Unset = UNSET
    root_operation: str | Unset = UNSET
    start_time: str | Unset = UNSET
    duration_ms: float | Unset = UNSET
    span_count: int | Unset = UNSET
    error_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        root_service = self.root_service

        root_operation = self.root_operation

        start_time = self.start_time

        duration_ms = self.duration_ms

        span_count = self.span_count

        error_count = self.error_count


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if root_service is not UNSET:
            field_dict["rootService"] = root_service
        if root_operation is not UNSET:
            field_dict["rootOperation"] = root_operation
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if duration_ms is not UNSET:
            field_dict["durationMs"] = duration_ms
        if span_count is not UNSET:
            field_dict["spanCount"] = span_count
        if error_count is not UNSET:
            field_dict["errorCount"] = error_count

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trace_id = d.pop("traceId", UNSET)

        root_service = d.pop("rootService", UNSET)

        root_operation = d.pop("rootOperation", UNSET)

        start_time = d.pop("startTime", UNSET)

        duration_ms = d.pop("durationMs", UNSET)

        span_count = d.pop("spanCount", UNSET)

        error_count = d.pop("errorCount", UNSET)

        trace_summary = cls(
            trace_id=trace_id,
            root_service=root_service,
            root_operation=root_operation,
            start_time=start_time,
            duration_ms=duration_ms,
            span_count=span_count,
            error_count=error_count,
        )


        trace_summary.additional_properties = d
        return trace_summary

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.span import Span





T = TypeVar("T", bound="Trace")



@_attrs_define
class Trace:
    """ 
        Attributes:
            trace_id (str | Unset):
            start_time (str | Unset):
            duration_ms (float | Unset):
            services (list[str] | Unset):
            spans (list[Span] | Unset):
     """

    trace_id: str | Unset = UNSET
    start_time: str | Unset = UNSET
    duration_ms: float | Unset = UNSET
    services: list[str] | Unset = UNSET
    spans: list[Span] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.span import Span # noqa: PLC0415
        trace_id = self.trace_id

        start_time = self.start_time

        duration_ms = self.duration_ms

        services: list[str] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services



        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if trace_id is not UNSET:
            field_dict["traceId"] = trace_id
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if duration_ms is not UNSET:
            field_dict["durationMs"] = duration_ms
        if services is not UNSET:
            field_dict["services"] = services
        if spans is not UNSET:
            field_dict["spans"] = spans

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span import Span # noqa: PLC0415
        d = dict(src_dict)
        trace_id = d.pop("traceId", UNSET)

        start_time = d.pop("startTime", UNSET)

        duration_ms = d.pop("durationMs", UNSET)

        services = cast(list[str], d.pop("services", UNSET))


        _spans = d.pop("spans", UNSET)
        spans: list[Span] | Unset = UNSET
        if _spans is not UNSET:
            spans = []
            for spans_item_data in _spans:
                spans_item = Span.from_dict(spans_item_data)



                spans.append(spans_item)


        trace = cls(
            trace_id=trace_id,
            start_time=start_time,
            duration_ms=duration_ms,
            services=services,
            spans=spans,
        )


        trace.additional_properties = d
        return trace

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

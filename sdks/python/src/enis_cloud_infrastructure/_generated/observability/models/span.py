from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.span_kind import SpanKind
from ..models.span_status import SpanStatus
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.span_attributes import SpanAttributes





T = TypeVar("T", bound="Span")



@_attrs_define
class Span:
    """ 
        Attributes:
            trace_id (str):
            span_id (str):
            service (str):
            operation (str):
            start_time (datetime.datetime):
            parent_span_id (None | str | Unset):
            duration_ms (float | Unset):
            end_time (datetime.datetime | Unset):
            status (SpanStatus | Unset):
            kind (SpanKind | Unset):
            attributes (SpanAttributes | Unset):
     """

    trace_id: str
    span_id: str
    service: str
    operation: str
    start_time: datetime.datetime
    parent_span_id: None | str | Unset = UNSET
    duration_ms: float | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    status: SpanStatus | Unset = UNSET
    kind: SpanKind | Unset = UNSET
    attributes: SpanAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.span_attributes import SpanAttributes # noqa: PLC0415
        trace_id = self.trace_id

        span_id = self.span_id

        service = self.service

        operation = self.operation

        start_time = self.start_time.isoformat()

        parent_span_id: None | str | Unset
        if isinstance(self.parent_span_id, Unset):
            parent_span_id = UNSET
        else:
            parent_span_id = self.parent_span_id

        duration_ms = self.duration_ms

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value


        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "traceId": trace_id,
            "spanId": span_id,
            "service": service,
            "operation": operation,
            "startTime": start_time,
        })
        if parent_span_id is not UNSET:
            field_dict["parentSpanId"] = parent_span_id
        if duration_ms is not UNSET:
            field_dict["durationMs"] = duration_ms
        if end_time is not UNSET:
            field_dict["endTime"] = end_time
        if status is not UNSET:
            field_dict["status"] = status
        if kind is not UNSET:
            field_dict["kind"] = kind
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span_attributes import SpanAttributes # noqa: PLC0415
        d = dict(src_dict)
        trace_id = d.pop("traceId")

        span_id = d.pop("spanId")

        service = d.pop("service")

        operation = d.pop("operation")

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))




        def _parse_parent_span_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_span_id = _parse_parent_span_id(d.pop("parentSpanId", UNSET))


        duration_ms = d.pop("durationMs", UNSET)

        _end_time = d.pop("endTime", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time,  Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)




        _status = d.pop("status", UNSET)
        status: SpanStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = SpanStatus(_status)




        _kind = d.pop("kind", UNSET)
        kind: SpanKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = SpanKind(_kind)




        _attributes = d.pop("attributes", UNSET)
        attributes: SpanAttributes | Unset
        if isinstance(_attributes,  Unset):
            attributes = UNSET
        else:
            attributes = SpanAttributes.from_dict(_attributes)




        span = cls(
            trace_id=trace_id,
            span_id=span_id,
            service=service,
            operation=operation,
            start_time=start_time,
            parent_span_id=parent_span_id,
            duration_ms=duration_ms,
            end_time=end_time,
            status=status,
            kind=kind,
            attributes=attributes,
        )


        span.additional_properties = d
        return span

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.otlp_traces_resource_spans_item import OtlpTracesResourceSpansItem





T = TypeVar("T", bound="OtlpTraces")



@_attrs_define
class OtlpTraces:
    """ OTLP ExportTraceServiceRequest, JSON encoding (hex ids, nanosecond strings)

        Attributes:
            resource_spans (list[OtlpTracesResourceSpansItem] | Unset):
     """

    resource_spans: list[OtlpTracesResourceSpansItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.otlp_traces_resource_spans_item import OtlpTracesResourceSpansItem # noqa: PLC0415
        resource_spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resource_spans, Unset):
            resource_spans = []
            for resource_spans_item_data in self.resource_spans:
                resource_spans_item = resource_spans_item_data.to_dict()
                resource_spans.append(resource_spans_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if resource_spans is not UNSET:
            field_dict["resourceSpans"] = resource_spans

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.otlp_traces_resource_spans_item import OtlpTracesResourceSpansItem # noqa: PLC0415
        d = dict(src_dict)
        _resource_spans = d.pop("resourceSpans", UNSET)
        resource_spans: list[OtlpTracesResourceSpansItem] | Unset = UNSET
        if _resource_spans is not UNSET:
            resource_spans = []
            for resource_spans_item_data in _resource_spans:
                resource_spans_item = OtlpTracesResourceSpansItem.from_dict(resource_spans_item_data)



                resource_spans.append(resource_spans_item)


        otlp_traces = cls(
            resource_spans=resource_spans,
        )


        otlp_traces.additional_properties = d
        return otlp_traces

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

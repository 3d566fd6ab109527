from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.trace_summary import TraceSummary





T = TypeVar("T", bound="GetV1TracesResponse200")



@_attrs_define
class GetV1TracesResponse200:
    """ 
        Attributes:
            traces (list[TraceSummary] | Unset):
     """

    traces: list[TraceSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.trace_summary import TraceSummary # noqa: PLC0415
        traces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.traces, Unset):
            traces = []
            for traces_item_data in self.traces:
                traces_item = traces_item_data.to_dict()
                traces.append(traces_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if traces is not UNSET:
            field_dict["traces"] = traces

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trace_summary import TraceSummary # noqa: PLC0415
        d = dict(src_dict)
        _traces = d.pop("traces", UNSET)
        traces: list[TraceSummary] | Unset = UNSET
        if _traces is not UNSET:
            traces = []
            for traces_item_data in _traces:
                traces_item = TraceSummary.from_dict(traces_item_data)



                traces.append(traces_item)


        get_v1_traces_response_200 = cls(
            traces=traces,
        )


        get_v1_traces_response_200.additional_properties = d
        return get_v1_traces_response_200

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

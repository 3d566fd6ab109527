from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.metric_input_aggregation import MetricInputAggregation
from ..types import UNSET, Unset






T = TypeVar("T", bound="MetricInput")



@_attrs_define
class MetricInput:
    """ 
        Attributes:
            code (str):
            name (str):
            aggregation (MetricInputAggregation):
            field_name (str | Unset): the event property aggregated; required except for count, refused for it
     """

    code: str
    name: str
    aggregation: MetricInputAggregation
    field_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        aggregation = self.aggregation.value

        field_name = self.field_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name": name,
            "aggregation": aggregation,
        })
        if field_name is not UNSET:
            field_dict["field_name"] = field_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        aggregation = MetricInputAggregation(d.pop("aggregation"))




        field_name = d.pop("field_name", UNSET)

        metric_input = cls(
            code=code,
            name=name,
            aggregation=aggregation,
            field_name=field_name,
        )


        metric_input.additional_properties = d
        return metric_input

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

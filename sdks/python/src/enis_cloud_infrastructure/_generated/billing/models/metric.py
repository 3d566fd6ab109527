from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.metric_aggregation import MetricAggregation
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="Metric")



@_attrs_define
class Metric:
    """ 
        Attributes:
            id (str):
            code (str):
            name (str):
            aggregation (MetricAggregation):
            created_at (datetime.datetime):
            field_name (str | Unset):
     """

    id: str
    code: str
    name: str
    aggregation: MetricAggregation
    created_at: datetime.datetime
    field_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        name = self.name

        aggregation = self.aggregation.value

        created_at = self.created_at.isoformat()

        field_name = self.field_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "code": code,
            "name": name,
            "aggregation": aggregation,
            "created_at": created_at,
        })
        if field_name is not UNSET:
            field_dict["field_name"] = field_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        code = d.pop("code")

        name = d.pop("name")

        aggregation = MetricAggregation(d.pop("aggregation"))




        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        field_name = d.pop("field_name", UNSET)

        metric = cls(
            id=id,
            code=code,
            name=name,
            aggregation=aggregation,
            created_at=created_at,
            field_name=field_name,
        )


        metric.additional_properties = d
        return metric

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

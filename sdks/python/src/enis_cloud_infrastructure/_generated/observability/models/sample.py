from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.sample_labels import SampleLabels





T = TypeVar("T", bound="Sample")



@_attrs_define
class Sample:
    """ 
        Attributes:
            name (str):
            value (float):
            labels (SampleLabels | Unset):
            timestamp (datetime.datetime | Unset): default: now
     """

    name: str
    value: float
    labels: SampleLabels | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.sample_labels import SampleLabels # noqa: PLC0415
        name = self.name

        value = self.value

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "value": value,
        })
        if labels is not UNSET:
            field_dict["labels"] = labels
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sample_labels import SampleLabels # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        value = d.pop("value")

        _labels = d.pop("labels", UNSET)
        labels: SampleLabels | Unset
        if isinstance(_labels,  Unset):
            labels = UNSET
        else:
            labels = SampleLabels.from_dict(_labels)




        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp,  Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)




        sample = cls(
            name=name,
            value=value,
            labels=labels,
            timestamp=timestamp,
        )


        sample.additional_properties = d
        return sample

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

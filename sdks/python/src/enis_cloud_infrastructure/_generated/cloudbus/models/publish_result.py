from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.publish_result_events_item import PublishResultEventsItem





T = TypeVar("T", bound="PublishResult")



@_attrs_define
class PublishResult:
    """ 
        Attributes:
            bus (str | Unset):
            accepted (int | Unset):
            duplicates (int | Unset):
            events (list[PublishResultEventsItem] | Unset):
     """

    bus: str | Unset = UNSET
    accepted: int | Unset = UNSET
    duplicates: int | Unset = UNSET
    events: list[PublishResultEventsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.publish_result_events_item import PublishResultEventsItem # noqa: PLC0415
        bus = self.bus

        accepted = self.accepted

        duplicates = self.duplicates

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if bus is not UNSET:
            field_dict["bus"] = bus
        if accepted is not UNSET:
            field_dict["accepted"] = accepted
        if duplicates is not UNSET:
            field_dict["duplicates"] = duplicates
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.publish_result_events_item import PublishResultEventsItem # noqa: PLC0415
        d = dict(src_dict)
        bus = d.pop("bus", UNSET)

        accepted = d.pop("accepted", UNSET)

        duplicates = d.pop("duplicates", UNSET)

        _events = d.pop("events", UNSET)
        events: list[PublishResultEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = PublishResultEventsItem.from_dict(events_item_data)



                events.append(events_item)


        publish_result = cls(
            bus=bus,
            accepted=accepted,
            duplicates=duplicates,
            events=events,
        )


        publish_result.additional_properties = d
        return publish_result

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.publish_result_events_item_status import PublishResultEventsItemStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PublishResultEventsItem")



@_attrs_define
class PublishResultEventsItem:
    """ 
        Attributes:
            id (str | Unset):
            source (str | Unset):
            status (PublishResultEventsItemStatus | Unset):
            entry_id (None | str | Unset):
     """

    id: str | Unset = UNSET
    source: str | Unset = UNSET
    status: PublishResultEventsItemStatus | Unset = UNSET
    entry_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = self.source

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value


        entry_id: None | str | Unset
        if isinstance(self.entry_id, Unset):
            entry_id = UNSET
        else:
            entry_id = self.entry_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if id is not UNSET:
            field_dict["id"] = id
        if source is not UNSET:
            field_dict["source"] = source
        if status is not UNSET:
            field_dict["status"] = status
        if entry_id is not UNSET:
            field_dict["entryId"] = entry_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        source = d.pop("source", UNSET)

        _status = d.pop("status", UNSET)
        status: PublishResultEventsItemStatus | Unset
        if isinstance(_status,  Unset):
            status = UNSET
        else:
            status = PublishResultEventsItemStatus(_status)




        def _parse_entry_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entry_id = _parse_entry_id(d.pop("entryId", UNSET))


        publish_result_events_item = cls(
            id=id,
            source=source,
            status=status,
            entry_id=entry_id,
        )


        publish_result_events_item.additional_properties = d
        return publish_result_events_item

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

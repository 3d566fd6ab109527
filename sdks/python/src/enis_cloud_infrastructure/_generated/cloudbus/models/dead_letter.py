from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.cloud_event import CloudEvent





T = TypeVar("T", bound="DeadLetter")



@_attrs_define
class DeadLetter:
    """ 
        Attributes:
            id (str | Unset):
            entry_id (str | Unset):
            event (CloudEvent | Unset): CloudEvents 1.0, JSON format; at most MAX_EVENT_BYTES (256 KiB) as JSON. Optional
                attributes may be null (absent).
            last_error (str | Unset):
            attempts (int | Unset):
            published_at (str | Unset):
            failed_at (str | Unset):
     """

    id: str | Unset = UNSET
    entry_id: str | Unset = UNSET
    event: CloudEvent | Unset = UNSET
    last_error: str | Unset = UNSET
    attempts: int | Unset = UNSET
    published_at: str | Unset = UNSET
    failed_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.cloud_event import CloudEvent # noqa: PLC0415
        id = self.id

        entry_id = self.entry_id

        event: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.to_dict()

        last_error = self.last_error

        attempts = self.attempts

        published_at = self.published_at

        failed_at = self.failed_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if id is not UNSET:
            field_dict["id"] = id
        if entry_id is not UNSET:
            field_dict["entryId"] = entry_id
        if event is not UNSET:
            field_dict["event"] = event
        if last_error is not UNSET:
            field_dict["lastError"] = last_error
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if published_at is not UNSET:
            field_dict["publishedAt"] = published_at
        if failed_at is not UNSET:
            field_dict["failedAt"] = failed_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cloud_event import CloudEvent # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        entry_id = d.pop("entryId", UNSET)

        _event = d.pop("event", UNSET)
        event: CloudEvent | Unset
        if isinstance(_event,  Unset):
            event = UNSET
        else:
            event = CloudEvent.from_dict(_event)




        last_error = d.pop("lastError", UNSET)

        attempts = d.pop("attempts", UNSET)

        published_at = d.pop("publishedAt", UNSET)

        failed_at = d.pop("failedAt", UNSET)

        dead_letter = cls(
            id=id,
            entry_id=entry_id,
            event=event,
            last_error=last_error,
            attempts=attempts,
            published_at=published_at,
            failed_at=failed_at,
        )


        dead_letter.additional_properties = d
        return dead_letter

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="TargetRetry")



@_attrs_define
class TargetRetry:
    """ 
        Attributes:
            max_attempts (int | Unset):
            max_event_age (str | Unset):
            backoff (str | Unset):
     """

    max_attempts: int | Unset = UNSET
    max_event_age: str | Unset = UNSET
    backoff: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        max_attempts = self.max_attempts

        max_event_age = self.max_event_age

        backoff = self.backoff


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if max_attempts is not UNSET:
            field_dict["maxAttempts"] = max_attempts
        if max_event_age is not UNSET:
            field_dict["maxEventAge"] = max_event_age
        if backoff is not UNSET:
            field_dict["backoff"] = backoff

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_attempts = d.pop("maxAttempts", UNSET)

        max_event_age = d.pop("maxEventAge", UNSET)

        backoff = d.pop("backoff", UNSET)

        target_retry = cls(
            max_attempts=max_attempts,
            max_event_age=max_event_age,
            backoff=backoff,
        )


        target_retry.additional_properties = d
        return target_retry

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

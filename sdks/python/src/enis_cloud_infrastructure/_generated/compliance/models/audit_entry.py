from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_entry_actor import AuditEntryActor





T = TypeVar("T", bound="AuditEntry")



@_attrs_define
class AuditEntry:
    """ 
        Attributes:
            seq (int):
            at (datetime.datetime):
            actor (AuditEntryActor):
            action (str):
            subject (str):
            before (Any): the state before the change (null for a creation)
            after (Any): the state after (null for a deletion)
            prev_hash (str):
            hash_ (str):
     """

    seq: int
    at: datetime.datetime
    actor: AuditEntryActor
    action: str
    subject: str
    before: Any
    after: Any
    prev_hash: str
    hash_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_entry_actor import AuditEntryActor # noqa: PLC0415
        seq = self.seq

        at = self.at.isoformat()

        actor = self.actor.to_dict()

        action = self.action

        subject = self.subject

        before = self.before

        after = self.after

        prev_hash = self.prev_hash

        hash_ = self.hash_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "seq": seq,
            "at": at,
            "actor": actor,
            "action": action,
            "subject": subject,
            "before": before,
            "after": after,
            "prevHash": prev_hash,
            "hash": hash_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_entry_actor import AuditEntryActor # noqa: PLC0415
        d = dict(src_dict)
        seq = d.pop("seq")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        actor = AuditEntryActor.from_dict(d.pop("actor"))




        action = d.pop("action")

        subject = d.pop("subject")

        before = d.pop("before")

        after = d.pop("after")

        prev_hash = d.pop("prevHash")

        hash_ = d.pop("hash")

        audit_entry = cls(
            seq=seq,
            at=at,
            actor=actor,
            action=action,
            subject=subject,
            before=before,
            after=after,
            prev_hash=prev_hash,
            hash_=hash_,
        )


        audit_entry.additional_properties = d
        return audit_entry

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.audit_allowed_transitions_item import AuditAllowedTransitionsItem
from ..models.audit_status import AuditStatus
from typing import cast
import datetime






T = TypeVar("T", bound="Audit")



@_attrs_define
class Audit:
    """ 
        Attributes:
            id (str):
            name (str):
            scope (str):
            frameworks (list[str]):
            status (AuditStatus):
            allowed_transitions (list[AuditAllowedTransitionsItem]):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            created_by (str):
     """

    id: str
    name: str
    scope: str
    frameworks: list[str]
    status: AuditStatus
    allowed_transitions: list[AuditAllowedTransitionsItem]
    created_at: datetime.datetime
    updated_at: datetime.datetime
    created_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        scope = self.scope

        frameworks = self.frameworks



        status = self.status.value

        allowed_transitions = []
        for allowed_transitions_item_data in self.allowed_transitions:
            allowed_transitions_item = allowed_transitions_item_data.value
            allowed_transitions.append(allowed_transitions_item)



        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        created_by = self.created_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "name": name,
            "scope": scope,
            "frameworks": frameworks,
            "status": status,
            "allowedTransitions": allowed_transitions,
            "createdAt": created_at,
            "updatedAt": updated_at,
            "createdBy": created_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        scope = d.pop("scope")

        frameworks = cast(list[str], d.pop("frameworks"))


        status = AuditStatus(d.pop("status"))




        allowed_transitions = []
        _allowed_transitions = d.pop("allowedTransitions")
        for allowed_transitions_item_data in (_allowed_transitions):
            allowed_transitions_item = AuditAllowedTransitionsItem(allowed_transitions_item_data)



            allowed_transitions.append(allowed_transitions_item)


        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))




        created_by = d.pop("createdBy")

        audit = cls(
            id=id,
            name=name,
            scope=scope,
            frameworks=frameworks,
            status=status,
            allowed_transitions=allowed_transitions,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
        )


        audit.additional_properties = d
        return audit

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

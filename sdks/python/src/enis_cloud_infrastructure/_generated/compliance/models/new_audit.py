from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.new_audit_frameworks_item import NewAuditFrameworksItem
from typing import cast






T = TypeVar("T", bound="NewAudit")



@_attrs_define
class NewAudit:
    """ 
        Attributes:
            name (str):
            scope (str): what is examined
            frameworks (list[NewAuditFrameworksItem]): framework ids of the catalogue
     """

    name: str
    scope: str
    frameworks: list[NewAuditFrameworksItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        scope = self.scope

        frameworks = []
        for frameworks_item_data in self.frameworks:
            frameworks_item = frameworks_item_data.value
            frameworks.append(frameworks_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "scope": scope,
            "frameworks": frameworks,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        scope = d.pop("scope")

        frameworks = []
        _frameworks = d.pop("frameworks")
        for frameworks_item_data in (_frameworks):
            frameworks_item = NewAuditFrameworksItem(frameworks_item_data)



            frameworks.append(frameworks_item)


        new_audit = cls(
            name=name,
            scope=scope,
            frameworks=frameworks,
        )


        new_audit.additional_properties = d
        return new_audit

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

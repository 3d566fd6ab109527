from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.audit_report_frameworks_item_summary import AuditReportFrameworksItemSummary





T = TypeVar("T", bound="AuditReportFrameworksItem")



@_attrs_define
class AuditReportFrameworksItem:
    """ 
        Attributes:
            id (str):
            title (str):
            version (str):
            summary (AuditReportFrameworksItemSummary):
     """

    id: str
    title: str
    version: str
    summary: AuditReportFrameworksItemSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_report_frameworks_item_summary import AuditReportFrameworksItemSummary # noqa: PLC0415
        id = self.id

        title = self.title

        version = self.version

        summary = self.summary.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "title": title,
            "version": version,
            "summary": summary,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_report_frameworks_item_summary import AuditReportFrameworksItemSummary # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        version = d.pop("version")

        summary = AuditReportFrameworksItemSummary.from_dict(d.pop("summary"))




        audit_report_frameworks_item = cls(
            id=id,
            title=title,
            version=version,
            summary=summary,
        )


        audit_report_frameworks_item.additional_properties = d
        return audit_report_frameworks_item

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

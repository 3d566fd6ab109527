from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.audit_report_audit import AuditReportAudit
  from ..models.audit_report_frameworks_item import AuditReportFrameworksItem





T = TypeVar("T", bound="AuditReport")



@_attrs_define
class AuditReport:
    """ 
        Attributes:
            audit (AuditReportAudit):
            as_of (datetime.datetime):
            generated_at (datetime.datetime):
            frameworks (list[AuditReportFrameworksItem]):
     """

    audit: AuditReportAudit
    as_of: datetime.datetime
    generated_at: datetime.datetime
    frameworks: list[AuditReportFrameworksItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit_report_audit import AuditReportAudit # noqa: PLC0415
        from ..models.audit_report_frameworks_item import AuditReportFrameworksItem # noqa: PLC0415
        audit = self.audit.to_dict()

        as_of = self.as_of.isoformat()

        generated_at = self.generated_at.isoformat()

        frameworks = []
        for frameworks_item_data in self.frameworks:
            frameworks_item = frameworks_item_data.to_dict()
            frameworks.append(frameworks_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "audit": audit,
            "asOf": as_of,
            "generatedAt": generated_at,
            "frameworks": frameworks,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit_report_audit import AuditReportAudit # noqa: PLC0415
        from ..models.audit_report_frameworks_item import AuditReportFrameworksItem # noqa: PLC0415
        d = dict(src_dict)
        audit = AuditReportAudit.from_dict(d.pop("audit"))




        as_of = datetime.datetime.fromisoformat(d.pop("asOf"))




        generated_at = datetime.datetime.fromisoformat(d.pop("generatedAt"))




        frameworks = []
        _frameworks = d.pop("frameworks")
        for frameworks_item_data in (_frameworks):
            frameworks_item = AuditReportFrameworksItem.from_dict(frameworks_item_data)



            frameworks.append(frameworks_item)


        audit_report = cls(
            audit=audit,
            as_of=as_of,
            generated_at=generated_at,
            frameworks=frameworks,
        )


        audit_report.additional_properties = d
        return audit_report

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

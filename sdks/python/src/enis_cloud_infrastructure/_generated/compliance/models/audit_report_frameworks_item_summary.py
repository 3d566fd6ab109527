from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="AuditReportFrameworksItemSummary")



@_attrs_define
class AuditReportFrameworksItemSummary:
    """ 
        Attributes:
            controls (int):
            passed (int):
            failed (int):
            waived (int):
            not_applicable (int):
     """

    controls: int
    passed: int
    failed: int
    waived: int
    not_applicable: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        controls = self.controls

        passed = self.passed

        failed = self.failed

        waived = self.waived

        not_applicable = self.not_applicable


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "controls": controls,
            "passed": passed,
            "failed": failed,
            "waived": waived,
            "notApplicable": not_applicable,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        controls = d.pop("controls")

        passed = d.pop("passed")

        failed = d.pop("failed")

        waived = d.pop("waived")

        not_applicable = d.pop("notApplicable")

        audit_report_frameworks_item_summary = cls(
            controls=controls,
            passed=passed,
            failed=failed,
            waived=waived,
            not_applicable=not_applicable,
        )


        audit_report_frameworks_item_summary.additional_properties = d
        return audit_report_frameworks_item_summary

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

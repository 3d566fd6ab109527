from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="ScanSummary")



@_attrs_define
class ScanSummary:
    """ 
        Attributes:
            audit (str):
            stack (str):
            sha256 (str):
            scanned_at (datetime.datetime):
            rules (int):
            failed_rules (int):
            findings (int):
            suppressed (int):
            evidence (int):
     """

    audit: str
    stack: str
    sha256: str
    scanned_at: datetime.datetime
    rules: int
    failed_rules: int
    findings: int
    suppressed: int
    evidence: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        audit = self.audit

        stack = self.stack

        sha256 = self.sha256

        scanned_at = self.scanned_at.isoformat()

        rules = self.rules

        failed_rules = self.failed_rules

        findings = self.findings

        suppressed = self.suppressed

        evidence = self.evidence


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "audit": audit,
            "stack": stack,
            "sha256": sha256,
            "scannedAt": scanned_at,
            "rules": rules,
            "failedRules": failed_rules,
            "findings": findings,
            "suppressed": suppressed,
            "evidence": evidence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audit = d.pop("audit")

        stack = d.pop("stack")

        sha256 = d.pop("sha256")

        scanned_at = datetime.datetime.fromisoformat(d.pop("scannedAt"))




        rules = d.pop("rules")

        failed_rules = d.pop("failedRules")

        findings = d.pop("findings")

        suppressed = d.pop("suppressed")

        evidence = d.pop("evidence")

        scan_summary = cls(
            audit=audit,
            stack=stack,
            sha256=sha256,
            scanned_at=scanned_at,
            rules=rules,
            failed_rules=failed_rules,
            findings=findings,
            suppressed=suppressed,
            evidence=evidence,
        )


        scan_summary.additional_properties = d
        return scan_summary

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.evidence_kind import EvidenceKind
from ..models.evidence_result import EvidenceResult
from ..models.evidence_type_type_1 import EvidenceTypeType1
from ..models.evidence_type_type_2_type_1 import EvidenceTypeType2Type1
from ..models.evidence_type_type_3_type_1 import EvidenceTypeType3Type1
from typing import cast
import datetime






T = TypeVar("T", bound="Evidence")



@_attrs_define
class Evidence:
    """ 
        Attributes:
            id (str):
            audit (str):
            kind (EvidenceKind):
            type_ (EvidenceTypeType1 | EvidenceTypeType2Type1 | EvidenceTypeType3Type1 | None): what it proves for the
                certification levels; scans are infrastructure_scan
            title (str):
            result (EvidenceResult):
            sha256 (str):
            size_bytes (int | None):
            url (None | str):
            collector (str):
            collected_at (datetime.datetime):
            recorded_at (datetime.datetime):
            retain_until (datetime.datetime | None):
            controls (list[str]):
            detail (Any): kind-specific: a scan's rule and findings
     """

    id: str
    audit: str
    kind: EvidenceKind
    type_: EvidenceTypeType1 | EvidenceTypeType2Type1 | EvidenceTypeType3Type1 | None
    title: str
    result: EvidenceResult
    sha256: str
    size_bytes: int | None
    url: None | str
    collector: str
    collected_at: datetime.datetime
    recorded_at: datetime.datetime
    retain_until: datetime.datetime | None
    controls: list[str]
    detail: Any
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        audit = self.audit

        kind = self.kind.value

        type_: None | str
        if isinstance(self.type_, EvidenceTypeType1):
            type_ = self.type_.value
        elif isinstance(self.type_, EvidenceTypeType2Type1):
            type_ = self.type_.value
        elif isinstance(self.type_, EvidenceTypeType3Type1):
            type_ = self.type_.value
        else:
            type_ = self.type_

        title = self.title

        result = self.result.value

        sha256 = self.sha256

        size_bytes: int | None
        size_bytes = self.size_bytes

        url: None | str
        url = self.url

        collector = self.collector

        collected_at = self.collected_at.isoformat()

        recorded_at = self.recorded_at.isoformat()

        retain_until: None | str
        if isinstance(self.retain_until, datetime.datetime):
            retain_until = self.retain_until.isoformat()
        else:
            retain_until = self.retain_until

        controls = self.controls



        detail = self.detail


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "audit": audit,
            "kind": kind,
            "type": type_,
            "title": title,
            "result": result,
            "sha256": sha256,
            "sizeBytes": size_bytes,
            "url": url,
            "collector": collector,
            "collectedAt": collected_at,
            "recordedAt": recorded_at,
            "retainUntil": retain_until,
            "controls": controls,
            "detail": detail,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        audit = d.pop("audit")

        kind = EvidenceKind(d.pop("kind"))




        def _parse_type_(data: object) -> EvidenceTypeType1 | EvidenceTypeType2Type1 | EvidenceTypeType3Type1 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = EvidenceTypeType1(data)



                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_2_type_1 = EvidenceTypeType2Type1(data)



                return type_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_3_type_1 = EvidenceTypeType3Type1(data)



                return type_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvidenceTypeType1 | EvidenceTypeType2Type1 | EvidenceTypeType3Type1 | None, data)

        type_ = _parse_type_(d.pop("type"))


        title = d.pop("title")

        result = EvidenceResult(d.pop("result"))




        sha256 = d.pop("sha256")

        def _parse_size_bytes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        size_bytes = _parse_size_bytes(d.pop("sizeBytes"))


        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))


        collector = d.pop("collector")

        collected_at = datetime.datetime.fromisoformat(d.pop("collectedAt"))




        recorded_at = datetime.datetime.fromisoformat(d.pop("recordedAt"))




        def _parse_retain_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                retain_until_type_0 = datetime.datetime.fromisoformat(data)



                return retain_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        retain_until = _parse_retain_until(d.pop("retainUntil"))


        controls = cast(list[str], d.pop("controls"))


        detail = d.pop("detail")

        evidence = cls(
            id=id,
            audit=audit,
            kind=kind,
            type_=type_,
            title=title,
            result=result,
            sha256=sha256,
            size_bytes=size_bytes,
            url=url,
            collector=collector,
            collected_at=collected_at,
            recorded_at=recorded_at,
            retain_until=retain_until,
            controls=controls,
            detail=detail,
        )


        evidence.additional_properties = d
        return evidence

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

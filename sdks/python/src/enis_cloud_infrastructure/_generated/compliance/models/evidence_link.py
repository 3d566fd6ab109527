from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.evidence_link_type import EvidenceLinkType
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="EvidenceLink")



@_attrs_define
class EvidenceLink:
    """ 
        Attributes:
            title (str):
            url (str):
            sha256 (str):
            controls (list[str]):
            collected_at (datetime.datetime | Unset): default now; not in the future
            collector (str | Unset): default the API key's name
            type_ (EvidenceLinkType | Unset): what it proves for the certification levels (optional)
     """

    title: str
    url: str
    sha256: str
    controls: list[str]
    collected_at: datetime.datetime | Unset = UNSET
    collector: str | Unset = UNSET
    type_: EvidenceLinkType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        title = self.title

        url = self.url

        sha256 = self.sha256

        controls = self.controls



        collected_at: str | Unset = UNSET
        if not isinstance(self.collected_at, Unset):
            collected_at = self.collected_at.isoformat()

        collector = self.collector

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value



        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "title": title,
            "url": url,
            "sha256": sha256,
            "controls": controls,
        })
        if collected_at is not UNSET:
            field_dict["collectedAt"] = collected_at
        if collector is not UNSET:
            field_dict["collector"] = collector
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        url = d.pop("url")

        sha256 = d.pop("sha256")

        controls = cast(list[str], d.pop("controls"))


        _collected_at = d.pop("collectedAt", UNSET)
        collected_at: datetime.datetime | Unset
        if isinstance(_collected_at,  Unset):
            collected_at = UNSET
        else:
            collected_at = datetime.datetime.fromisoformat(_collected_at)




        collector = d.pop("collector", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: EvidenceLinkType | Unset
        if isinstance(_type_,  Unset):
            type_ = UNSET
        else:
            type_ = EvidenceLinkType(_type_)




        evidence_link = cls(
            title=title,
            url=url,
            sha256=sha256,
            controls=controls,
            collected_at=collected_at,
            collector=collector,
            type_=type_,
        )


        evidence_link.additional_properties = d
        return evidence_link

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

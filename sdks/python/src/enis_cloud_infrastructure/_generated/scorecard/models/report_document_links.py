from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="ReportDocumentLinks")



@_attrs_define
class ReportDocumentLinks:
    """ 
        Attributes:
            json (str):
            html (str):
            pdf (str):
     """

    json: str
    html: str
    pdf: str





    def to_dict(self) -> dict[str, Any]:
        json = self.json

        html = self.html

        pdf = self.pdf


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "json": json,
            "html": html,
            "pdf": pdf,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        json = d.pop("json")

        html = d.pop("html")

        pdf = d.pop("pdf")

        report_document_links = cls(
            json=json,
            html=html,
            pdf=pdf,
        )

        return report_document_links


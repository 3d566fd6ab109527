from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.oscal_import_kind import OscalImportKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="OscalImport")



@_attrs_define
class OscalImport:
    """ 
        Attributes:
            framework (str): the framework it became
            kind (OscalImportKind):
            oscal_uuid (str):
            title (str):
            document_sha_256 (str):
            imported_at (datetime.datetime):
            imported_by (str):
            controls (int | Unset): in the answer to the import: how many controls
            mappings (int | Unset): in the answer to the import: mappings added (profiles: one per control)
     """

    framework: str
    kind: OscalImportKind
    oscal_uuid: str
    title: str
    document_sha_256: str
    imported_at: datetime.datetime
    imported_by: str
    controls: int | Unset = UNSET
    mappings: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        framework = self.framework

        kind = self.kind.value

        oscal_uuid = self.oscal_uuid

        title = self.title

        document_sha_256 = self.document_sha_256

        imported_at = self.imported_at.isoformat()

        imported_by = self.imported_by

        controls = self.controls

        mappings = self.mappings


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "framework": framework,
            "kind": kind,
            "oscalUuid": oscal_uuid,
            "title": title,
            "documentSha256": document_sha_256,
            "importedAt": imported_at,
            "importedBy": imported_by,
        })
        if controls is not UNSET:
            field_dict["controls"] = controls
        if mappings is not UNSET:
            field_dict["mappings"] = mappings

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        framework = d.pop("framework")

        kind = OscalImportKind(d.pop("kind"))




        oscal_uuid = d.pop("oscalUuid")

        title = d.pop("title")

        document_sha_256 = d.pop("documentSha256")

        imported_at = datetime.datetime.fromisoformat(d.pop("importedAt"))




        imported_by = d.pop("importedBy")

        controls = d.pop("controls", UNSET)

        mappings = d.pop("mappings", UNSET)

        oscal_import = cls(
            framework=framework,
            kind=kind,
            oscal_uuid=oscal_uuid,
            title=title,
            document_sha_256=document_sha_256,
            imported_at=imported_at,
            imported_by=imported_by,
            controls=controls,
            mappings=mappings,
        )


        oscal_import.additional_properties = d
        return oscal_import

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

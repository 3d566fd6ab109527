from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.oscal_catalog_catalog import OscalCatalogCatalog





T = TypeVar("T", bound="OscalCatalog")



@_attrs_define
class OscalCatalog:
    """ An OSCAL catalog (NIST OSCAL 1.1.3; its full schema is NIST's)

        Attributes:
            catalog (OscalCatalogCatalog):
     """

    catalog: OscalCatalogCatalog
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.oscal_catalog_catalog import OscalCatalogCatalog # noqa: PLC0415
        catalog = self.catalog.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "catalog": catalog,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oscal_catalog_catalog import OscalCatalogCatalog # noqa: PLC0415
        d = dict(src_dict)
        catalog = OscalCatalogCatalog.from_dict(d.pop("catalog"))




        oscal_catalog = cls(
            catalog=catalog,
        )


        oscal_catalog.additional_properties = d
        return oscal_catalog

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.post_v1_compliance_oscal_catalogs_body_catalog import PostV1ComplianceOscalCatalogsBodyCatalog





T = TypeVar("T", bound="PostV1ComplianceOscalCatalogsBody")



@_attrs_define
class PostV1ComplianceOscalCatalogsBody:
    """ 
        Attributes:
            catalog (PostV1ComplianceOscalCatalogsBodyCatalog):
     """

    catalog: PostV1ComplianceOscalCatalogsBodyCatalog
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.post_v1_compliance_oscal_catalogs_body_catalog import PostV1ComplianceOscalCatalogsBodyCatalog # noqa: PLC0415
        catalog = self.catalog.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "catalog": catalog,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_v1_compliance_oscal_catalogs_body_catalog import PostV1ComplianceOscalCatalogsBodyCatalog # noqa: PLC0415
        d = dict(src_dict)
        catalog = PostV1ComplianceOscalCatalogsBodyCatalog.from_dict(d.pop("catalog"))




        post_v1_compliance_oscal_catalogs_body = cls(
            catalog=catalog,
        )


        post_v1_compliance_oscal_catalogs_body.additional_properties = d
        return post_v1_compliance_oscal_catalogs_body

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

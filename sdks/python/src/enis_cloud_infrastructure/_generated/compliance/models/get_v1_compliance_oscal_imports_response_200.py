from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.oscal_import import OscalImport





T = TypeVar("T", bound="GetV1ComplianceOscalImportsResponse200")



@_attrs_define
class GetV1ComplianceOscalImportsResponse200:
    """ 
        Attributes:
            imports (list[OscalImport]):
     """

    imports: list[OscalImport]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.oscal_import import OscalImport # noqa: PLC0415
        imports = []
        for imports_item_data in self.imports:
            imports_item = imports_item_data.to_dict()
            imports.append(imports_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "imports": imports,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oscal_import import OscalImport # noqa: PLC0415
        d = dict(src_dict)
        imports = []
        _imports = d.pop("imports")
        for imports_item_data in (_imports):
            imports_item = OscalImport.from_dict(imports_item_data)



            imports.append(imports_item)


        get_v1_compliance_oscal_imports_response_200 = cls(
            imports=imports,
        )


        get_v1_compliance_oscal_imports_response_200.additional_properties = d
        return get_v1_compliance_oscal_imports_response_200

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.audit import Audit





T = TypeVar("T", bound="GetV1ComplianceAuditResponse200")



@_attrs_define
class GetV1ComplianceAuditResponse200:
    """ 
        Attributes:
            audits (list[Audit]):
     """

    audits: list[Audit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.audit import Audit # noqa: PLC0415
        audits = []
        for audits_item_data in self.audits:
            audits_item = audits_item_data.to_dict()
            audits.append(audits_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "audits": audits,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audit import Audit # noqa: PLC0415
        d = dict(src_dict)
        audits = []
        _audits = d.pop("audits")
        for audits_item_data in (_audits):
            audits_item = Audit.from_dict(audits_item_data)



            audits.append(audits_item)


        get_v1_compliance_audit_response_200 = cls(
            audits=audits,
        )


        get_v1_compliance_audit_response_200.additional_properties = d
        return get_v1_compliance_audit_response_200

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

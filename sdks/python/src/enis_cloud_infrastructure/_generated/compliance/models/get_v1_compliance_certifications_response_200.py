from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.certification import Certification





T = TypeVar("T", bound="GetV1ComplianceCertificationsResponse200")



@_attrs_define
class GetV1ComplianceCertificationsResponse200:
    """ 
        Attributes:
            certifications (list[Certification]):
     """

    certifications: list[Certification]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.certification import Certification # noqa: PLC0415
        certifications = []
        for certifications_item_data in self.certifications:
            certifications_item = certifications_item_data.to_dict()
            certifications.append(certifications_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "certifications": certifications,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certification import Certification # noqa: PLC0415
        d = dict(src_dict)
        certifications = []
        _certifications = d.pop("certifications")
        for certifications_item_data in (_certifications):
            certifications_item = Certification.from_dict(certifications_item_data)



            certifications.append(certifications_item)


        get_v1_compliance_certifications_response_200 = cls(
            certifications=certifications,
        )


        get_v1_compliance_certifications_response_200.additional_properties = d
        return get_v1_compliance_certifications_response_200

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

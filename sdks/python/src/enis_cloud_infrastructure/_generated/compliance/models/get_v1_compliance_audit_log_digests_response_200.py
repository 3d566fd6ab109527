from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.digest import Digest





T = TypeVar("T", bound="GetV1ComplianceAuditLogDigestsResponse200")



@_attrs_define
class GetV1ComplianceAuditLogDigestsResponse200:
    """ 
        Attributes:
            digests (list[Digest]):
     """

    digests: list[Digest]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.digest import Digest # noqa: PLC0415
        digests = []
        for digests_item_data in self.digests:
            digests_item = digests_item_data.to_dict()
            digests.append(digests_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "digests": digests,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.digest import Digest # noqa: PLC0415
        d = dict(src_dict)
        digests = []
        _digests = d.pop("digests")
        for digests_item_data in (_digests):
            digests_item = Digest.from_dict(digests_item_data)



            digests.append(digests_item)


        get_v1_compliance_audit_log_digests_response_200 = cls(
            digests=digests,
        )


        get_v1_compliance_audit_log_digests_response_200.additional_properties = d
        return get_v1_compliance_audit_log_digests_response_200

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

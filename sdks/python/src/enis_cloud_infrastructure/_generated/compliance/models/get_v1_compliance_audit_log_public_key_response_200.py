from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.get_v1_compliance_audit_log_public_key_response_200_algorithm import GetV1ComplianceAuditLogPublicKeyResponse200Algorithm






T = TypeVar("T", bound="GetV1ComplianceAuditLogPublicKeyResponse200")



@_attrs_define
class GetV1ComplianceAuditLogPublicKeyResponse200:
    """ 
        Attributes:
            algorithm (GetV1ComplianceAuditLogPublicKeyResponse200Algorithm):
            key_id (str):
            ephemeral (bool):
            public_key (str): X.509 SubjectPublicKeyInfo, base64
            pem (str):
     """

    algorithm: GetV1ComplianceAuditLogPublicKeyResponse200Algorithm
    key_id: str
    ephemeral: bool
    public_key: str
    pem: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        algorithm = self.algorithm.value

        key_id = self.key_id

        ephemeral = self.ephemeral

        public_key = self.public_key

        pem = self.pem


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "algorithm": algorithm,
            "keyId": key_id,
            "ephemeral": ephemeral,
            "publicKey": public_key,
            "pem": pem,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        algorithm = GetV1ComplianceAuditLogPublicKeyResponse200Algorithm(d.pop("algorithm"))




        key_id = d.pop("keyId")

        ephemeral = d.pop("ephemeral")

        public_key = d.pop("publicKey")

        pem = d.pop("pem")

        get_v1_compliance_audit_log_public_key_response_200 = cls(
            algorithm=algorithm,
            key_id=key_id,
            ephemeral=ephemeral,
            public_key=public_key,
            pem=pem,
        )


        get_v1_compliance_audit_log_public_key_response_200.additional_properties = d
        return get_v1_compliance_audit_log_public_key_response_200

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

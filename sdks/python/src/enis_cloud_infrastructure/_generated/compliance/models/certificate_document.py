from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from typing import Literal, cast

if TYPE_CHECKING:
  from ..models.certification import Certification





T = TypeVar("T", bound="CertificateDocument")



@_attrs_define
class CertificateDocument:
    """ 
        Attributes:
            certificate (Certification):
            payload (str): the certificate's exact bytes: what is signed
            algorithm (Literal['Ed25519']):
            key_id (str):
            signature (str):
     """

    certificate: Certification
    payload: str
    algorithm: Literal['Ed25519']
    key_id: str
    signature: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.certification import Certification # noqa: PLC0415
        certificate = self.certificate.to_dict()

        payload = self.payload

        algorithm = self.algorithm

        key_id = self.key_id

        signature = self.signature


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "certificate": certificate,
            "payload": payload,
            "algorithm": algorithm,
            "keyId": key_id,
            "signature": signature,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.certification import Certification # noqa: PLC0415
        d = dict(src_dict)
        certificate = Certification.from_dict(d.pop("certificate"))




        payload = d.pop("payload")

        algorithm = cast(Literal['Ed25519'] , d.pop("algorithm"))
        if algorithm != 'Ed25519':
            raise ValueError(f"algorithm must match const 'Ed25519', got '{algorithm}'")

        key_id = d.pop("keyId")

        signature = d.pop("signature")

        certificate_document = cls(
            certificate=certificate,
            payload=payload,
            algorithm=algorithm,
            key_id=key_id,
            signature=signature,
        )


        certificate_document.additional_properties = d
        return certificate_document

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.digest_algorithm import DigestAlgorithm
from typing import cast
import datetime






T = TypeVar("T", bound="Digest")



@_attrs_define
class Digest:
    """ 
        Attributes:
            from_seq (int):
            to_seq (int):
            signed_at (datetime.datetime):
            last_hash (str):
            entries_sha_256 (str):
            previous_signature (None | str):
            key_id (str):
            algorithm (DigestAlgorithm):
            signature (str):
            payload (str): the exact UTF-8 text signed
     """

    from_seq: int
    to_seq: int
    signed_at: datetime.datetime
    last_hash: str
    entries_sha_256: str
    previous_signature: None | str
    key_id: str
    algorithm: DigestAlgorithm
    signature: str
    payload: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from_seq = self.from_seq

        to_seq = self.to_seq

        signed_at = self.signed_at.isoformat()

        last_hash = self.last_hash

        entries_sha_256 = self.entries_sha_256

        previous_signature: None | str
        previous_signature = self.previous_signature

        key_id = self.key_id

        algorithm = self.algorithm.value

        signature = self.signature

        payload = self.payload


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "fromSeq": from_seq,
            "toSeq": to_seq,
            "signedAt": signed_at,
            "lastHash": last_hash,
            "entriesSha256": entries_sha_256,
            "previousSignature": previous_signature,
            "keyId": key_id,
            "algorithm": algorithm,
            "signature": signature,
            "payload": payload,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_seq = d.pop("fromSeq")

        to_seq = d.pop("toSeq")

        signed_at = datetime.datetime.fromisoformat(d.pop("signedAt"))




        last_hash = d.pop("lastHash")

        entries_sha_256 = d.pop("entriesSha256")

        def _parse_previous_signature(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous_signature = _parse_previous_signature(d.pop("previousSignature"))


        key_id = d.pop("keyId")

        algorithm = DigestAlgorithm(d.pop("algorithm"))




        signature = d.pop("signature")

        payload = d.pop("payload")

        digest = cls(
            from_seq=from_seq,
            to_seq=to_seq,
            signed_at=signed_at,
            last_hash=last_hash,
            entries_sha_256=entries_sha_256,
            previous_signature=previous_signature,
            key_id=key_id,
            algorithm=algorithm,
            signature=signature,
            payload=payload,
        )


        digest.additional_properties = d
        return digest

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.verification_first_broken_type_1 import VerificationFirstBrokenType1





T = TypeVar("T", bound="Verification")



@_attrs_define
class Verification:
    """ 
        Attributes:
            valid (bool):
            entries (int):
            digests_verified (int):
            digests_skipped (int):
            verified_at (str):
            first_broken (None | VerificationFirstBrokenType1):
     """

    valid: bool
    entries: int
    digests_verified: int
    digests_skipped: int
    verified_at: str
    first_broken: None | VerificationFirstBrokenType1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.verification_first_broken_type_1 import VerificationFirstBrokenType1 # noqa: PLC0415
        valid = self.valid

        entries = self.entries

        digests_verified = self.digests_verified

        digests_skipped = self.digests_skipped

        verified_at = self.verified_at

        first_broken: dict[str, Any] | None
        if isinstance(self.first_broken, VerificationFirstBrokenType1):
            first_broken = self.first_broken.to_dict()
        else:
            first_broken = self.first_broken


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "valid": valid,
            "entries": entries,
            "digestsVerified": digests_verified,
            "digestsSkipped": digests_skipped,
            "verifiedAt": verified_at,
            "firstBroken": first_broken,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.verification_first_broken_type_1 import VerificationFirstBrokenType1 # noqa: PLC0415
        d = dict(src_dict)
        valid = d.pop("valid")

        entries = d.pop("entries")

        digests_verified = d.pop("digestsVerified")

        digests_skipped = d.pop("digestsSkipped")

        verified_at = d.pop("verifiedAt")

        def _parse_first_broken(data: object) -> None | VerificationFirstBrokenType1:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_broken_type_1 = VerificationFirstBrokenType1.from_dict(data)



                return first_broken_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | VerificationFirstBrokenType1, data)

        first_broken = _parse_first_broken(d.pop("firstBroken"))


        verification = cls(
            valid=valid,
            entries=entries,
            digests_verified=digests_verified,
            digests_skipped=digests_skipped,
            verified_at=verified_at,
            first_broken=first_broken,
        )


        verification.additional_properties = d
        return verification

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

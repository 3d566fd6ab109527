from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.post_v1_compliance_oscal_profiles_body_profile import PostV1ComplianceOscalProfilesBodyProfile





T = TypeVar("T", bound="PostV1ComplianceOscalProfilesBody")



@_attrs_define
class PostV1ComplianceOscalProfilesBody:
    """ 
        Attributes:
            profile (PostV1ComplianceOscalProfilesBodyProfile):
     """

    profile: PostV1ComplianceOscalProfilesBodyProfile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.post_v1_compliance_oscal_profiles_body_profile import PostV1ComplianceOscalProfilesBodyProfile # noqa: PLC0415
        profile = self.profile.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "profile": profile,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_v1_compliance_oscal_profiles_body_profile import PostV1ComplianceOscalProfilesBodyProfile # noqa: PLC0415
        d = dict(src_dict)
        profile = PostV1ComplianceOscalProfilesBodyProfile.from_dict(d.pop("profile"))




        post_v1_compliance_oscal_profiles_body = cls(
            profile=profile,
        )


        post_v1_compliance_oscal_profiles_body.additional_properties = d
        return post_v1_compliance_oscal_profiles_body

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

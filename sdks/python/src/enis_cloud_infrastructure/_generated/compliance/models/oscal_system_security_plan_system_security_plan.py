from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.oscal_system_security_plan_system_security_plan_metadata import OscalSystemSecurityPlanSystemSecurityPlanMetadata





T = TypeVar("T", bound="OscalSystemSecurityPlanSystemSecurityPlan")



@_attrs_define
class OscalSystemSecurityPlanSystemSecurityPlan:
    """ 
        Attributes:
            uuid (UUID):
            metadata (OscalSystemSecurityPlanSystemSecurityPlanMetadata):
     """

    uuid: UUID
    metadata: OscalSystemSecurityPlanSystemSecurityPlanMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.oscal_system_security_plan_system_security_plan_metadata import OscalSystemSecurityPlanSystemSecurityPlanMetadata # noqa: PLC0415
        uuid = str(self.uuid)

        metadata = self.metadata.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "uuid": uuid,
            "metadata": metadata,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oscal_system_security_plan_system_security_plan_metadata import OscalSystemSecurityPlanSystemSecurityPlanMetadata # noqa: PLC0415
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))




        metadata = OscalSystemSecurityPlanSystemSecurityPlanMetadata.from_dict(d.pop("metadata"))




        oscal_system_security_plan_system_security_plan = cls(
            uuid=uuid,
            metadata=metadata,
        )


        oscal_system_security_plan_system_security_plan.additional_properties = d
        return oscal_system_security_plan_system_security_plan

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.control_status import ControlStatus





T = TypeVar("T", bound="StatusReport")



@_attrs_define
class StatusReport:
    """ 
        Attributes:
            audit (str):
            as_of (datetime.datetime):
            controls (list[ControlStatus]):
     """

    audit: str
    as_of: datetime.datetime
    controls: list[ControlStatus]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.control_status import ControlStatus # noqa: PLC0415
        audit = self.audit

        as_of = self.as_of.isoformat()

        controls = []
        for controls_item_data in self.controls:
            controls_item = controls_item_data.to_dict()
            controls.append(controls_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "audit": audit,
            "asOf": as_of,
            "controls": controls,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.control_status import ControlStatus # noqa: PLC0415
        d = dict(src_dict)
        audit = d.pop("audit")

        as_of = datetime.datetime.fromisoformat(d.pop("asOf"))




        controls = []
        _controls = d.pop("controls")
        for controls_item_data in (_controls):
            controls_item = ControlStatus.from_dict(controls_item_data)



            controls.append(controls_item)


        status_report = cls(
            audit=audit,
            as_of=as_of,
            controls=controls,
        )


        status_report.additional_properties = d
        return status_report

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

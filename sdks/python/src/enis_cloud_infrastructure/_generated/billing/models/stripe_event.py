from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.stripe_event_data import StripeEventData





T = TypeVar("T", bound="StripeEvent")



@_attrs_define
class StripeEvent:
    """ 
        Attributes:
            id (str):
            type_ (str):
            data (StripeEventData | Unset):
     """

    id: str
    type_: str
    data: StripeEventData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.stripe_event_data import StripeEventData # noqa: PLC0415
        id = self.id

        type_ = self.type_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "type": type_,
        })
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stripe_event_data import StripeEventData # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        _data = d.pop("data", UNSET)
        data: StripeEventData | Unset
        if isinstance(_data,  Unset):
            data = UNSET
        else:
            data = StripeEventData.from_dict(_data)




        stripe_event = cls(
            id=id,
            type_=type_,
            data=data,
        )


        stripe_event.additional_properties = d
        return stripe_event

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="LineTraceTiersItem")



@_attrs_define
class LineTraceTiersItem:
    """ 
        Attributes:
            index (int | Unset):
            from_ (str | Unset):
            up_to (None | str | Unset):
            quantity (str | Unset):
            unit_price (str | Unset):
            exact_minor (str | Unset):
     """

    index: int | Unset = UNSET
    from_: str | Unset = UNSET
    up_to: None | str | Unset = UNSET
    quantity: str | Unset = UNSET
    unit_price: str | Unset = UNSET
    exact_minor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        index = self.index

        from_ = self.from_

        up_to: None | str | Unset
        if isinstance(self.up_to, Unset):
            up_to = UNSET
        else:
            up_to = self.up_to

        quantity = self.quantity

        unit_price = self.unit_price

        exact_minor = self.exact_minor


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if index is not UNSET:
            field_dict["index"] = index
        if from_ is not UNSET:
            field_dict["from"] = from_
        if up_to is not UNSET:
            field_dict["up_to"] = up_to
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if exact_minor is not UNSET:
            field_dict["exact_minor"] = exact_minor

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index", UNSET)

        from_ = d.pop("from", UNSET)

        def _parse_up_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        up_to = _parse_up_to(d.pop("up_to", UNSET))


        quantity = d.pop("quantity", UNSET)

        unit_price = d.pop("unit_price", UNSET)

        exact_minor = d.pop("exact_minor", UNSET)

        line_trace_tiers_item = cls(
            index=index,
            from_=from_,
            up_to=up_to,
            quantity=quantity,
            unit_price=unit_price,
            exact_minor=exact_minor,
        )


        line_trace_tiers_item.additional_properties = d
        return line_trace_tiers_item

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

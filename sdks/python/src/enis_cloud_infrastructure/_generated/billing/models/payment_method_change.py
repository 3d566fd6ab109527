from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.payment_method_change_action import PaymentMethodChangeAction
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.payment_method import PaymentMethod





T = TypeVar("T", bound="PaymentMethodChange")



@_attrs_define
class PaymentMethodChange:
    """ 
        Attributes:
            payment_method_id (str):
            action (PaymentMethodChangeAction): attached: new to the customer, now the default; reattached: attached again,
                the default again; default_removed: another method became the default
            actor (str): the API key id that made the change
            at (datetime.datetime):
            before (None | PaymentMethod): the row before; null when attached
            after (PaymentMethod):
     """

    payment_method_id: str
    action: PaymentMethodChangeAction
    actor: str
    at: datetime.datetime
    before: None | PaymentMethod
    after: PaymentMethod
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.payment_method import PaymentMethod # noqa: PLC0415
        payment_method_id = self.payment_method_id

        action = self.action.value

        actor = self.actor

        at = self.at.isoformat()

        before: dict[str, Any] | None
        if isinstance(self.before, PaymentMethod):
            before = self.before.to_dict()
        else:
            before = self.before

        after = self.after.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "payment_method_id": payment_method_id,
            "action": action,
            "actor": actor,
            "at": at,
            "before": before,
            "after": after,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.payment_method import PaymentMethod # noqa: PLC0415
        d = dict(src_dict)
        payment_method_id = d.pop("payment_method_id")

        action = PaymentMethodChangeAction(d.pop("action"))




        actor = d.pop("actor")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        def _parse_before(data: object) -> None | PaymentMethod:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                before_type_0 = PaymentMethod.from_dict(data)



                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PaymentMethod, data)

        before = _parse_before(d.pop("before"))


        after = PaymentMethod.from_dict(d.pop("after"))




        payment_method_change = cls(
            payment_method_id=payment_method_id,
            action=action,
            actor=actor,
            at=at,
            before=before,
            after=after,
        )


        payment_method_change.additional_properties = d
        return payment_method_change

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

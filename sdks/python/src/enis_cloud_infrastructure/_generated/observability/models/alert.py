from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.alert_state import AlertState
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.alert_annotations import AlertAnnotations
  from ..models.alert_labels import AlertLabels





T = TypeVar("T", bound="Alert")



@_attrs_define
class Alert:
    """ 
        Attributes:
            rule_id (str | Unset):
            name (str | Unset):
            state (AlertState | Unset):
            labels (AlertLabels | Unset):
            annotations (AlertAnnotations | Unset):
            value (float | Unset):
            active_at (str | Unset):
            fired_at (None | str | Unset):
            resolved_at (None | str | Unset):
     """

    rule_id: str | Unset = UNSET
    name: str | Unset = UNSET
    state: AlertState | Unset = UNSET
    labels: AlertLabels | Unset = UNSET
    annotations: AlertAnnotations | Unset = UNSET
    value: float | Unset = UNSET
    active_at: str | Unset = UNSET
    fired_at: None | str | Unset = UNSET
    resolved_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.alert_annotations import AlertAnnotations # noqa: PLC0415
        from ..models.alert_labels import AlertLabels # noqa: PLC0415
        rule_id = self.rule_id

        name = self.name

        state: str | Unset = UNSET
        if not isinstance(self.state, Unset):
            state = self.state.value


        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        annotations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = self.annotations.to_dict()

        value = self.value

        active_at = self.active_at

        fired_at: None | str | Unset
        if isinstance(self.fired_at, Unset):
            fired_at = UNSET
        else:
            fired_at = self.fired_at

        resolved_at: None | str | Unset
        if isinstance(self.resolved_at, Unset):
            resolved_at = UNSET
        else:
            resolved_at = self.resolved_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if rule_id is not UNSET:
            field_dict["ruleId"] = rule_id
        if name is not UNSET:
            field_dict["name"] = name
        if state is not UNSET:
            field_dict["state"] = state
        if labels is not UNSET:
            field_dict["labels"] = labels
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if value is not UNSET:
            field_dict["value"] = value
        if active_at is not UNSET:
            field_dict["activeAt"] = active_at
        if fired_at is not UNSET:
            field_dict["firedAt"] = fired_at
        if resolved_at is not UNSET:
            field_dict["resolvedAt"] = resolved_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_annotations import AlertAnnotations # noqa: PLC0415
        from ..models.alert_labels import AlertLabels # noqa: PLC0415
        d = dict(src_dict)
        rule_id = d.pop("ruleId", UNSET)

        name = d.pop("name", UNSET)

        _state = d.pop("state", UNSET)
        state: AlertState | Unset
        if isinstance(_state,  Unset):
            state = UNSET
        else:
            state = AlertState(_state)




        _labels = d.pop("labels", UNSET)
        labels: AlertLabels | Unset
        if isinstance(_labels,  Unset):
            labels = UNSET
        else:
            labels = AlertLabels.from_dict(_labels)




        _annotations = d.pop("annotations", UNSET)
        annotations: AlertAnnotations | Unset
        if isinstance(_annotations,  Unset):
            annotations = UNSET
        else:
            annotations = AlertAnnotations.from_dict(_annotations)




        value = d.pop("value", UNSET)

        active_at = d.pop("activeAt", UNSET)

        def _parse_fired_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fired_at = _parse_fired_at(d.pop("firedAt", UNSET))


        def _parse_resolved_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        resolved_at = _parse_resolved_at(d.pop("resolvedAt", UNSET))


        alert = cls(
            rule_id=rule_id,
            name=name,
            state=state,
            labels=labels,
            annotations=annotations,
            value=value,
            active_at=active_at,
            fired_at=fired_at,
            resolved_at=resolved_at,
        )


        alert.additional_properties = d
        return alert

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

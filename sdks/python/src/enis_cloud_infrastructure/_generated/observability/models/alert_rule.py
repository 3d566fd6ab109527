from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.alert_rule_input_comparison import AlertRuleInputComparison
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.alert_rule_input_annotations_type_0 import AlertRuleInputAnnotationsType0
  from ..models.alert_rule_input_labels_type_0 import AlertRuleInputLabelsType0





T = TypeVar("T", bound="AlertRule")



@_attrs_define
class AlertRule:
    """ 
        Attributes:
            name (str):
            query (str): PromQL that selects series (not a constant)
            comparison (AlertRuleInputComparison):
            threshold (float):
            for_ (None | str | Unset): e.g. 5m; absent or null: 0s; at most 24h
            keep_firing_for (None | str | Unset): absent or null: 0s; at most 24h
            labels (AlertRuleInputLabelsType0 | None | Unset): added to the alert; names not starting with __ (reserved),
                values without control characters
            annotations (AlertRuleInputAnnotationsType0 | None | Unset): templates: {{ $labels.name }}, {{ $value }}
            webhook_url (None | str | Unset): where state changes are POSTed (Alertmanager webhook format), outside
                OUTBOUND_DENIED_NETWORKS; absent or null: none
            id (str | Unset):
            created_at (str | Unset):
            updated_at (str | Unset):
     """

    name: str
    query: str
    comparison: AlertRuleInputComparison
    threshold: float
    for_: None | str | Unset = UNSET
    keep_firing_for: None | str | Unset = UNSET
    labels: AlertRuleInputLabelsType0 | None | Unset = UNSET
    annotations: AlertRuleInputAnnotationsType0 | None | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    id: str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.alert_rule_input_annotations_type_0 import AlertRuleInputAnnotationsType0 # noqa: PLC0415
        from ..models.alert_rule_input_labels_type_0 import AlertRuleInputLabelsType0 # noqa: PLC0415
        name = self.name

        query = self.query

        comparison = self.comparison.value

        threshold = self.threshold

        for_: None | str | Unset
        if isinstance(self.for_, Unset):
            for_ = UNSET
        else:
            for_ = self.for_

        keep_firing_for: None | str | Unset
        if isinstance(self.keep_firing_for, Unset):
            keep_firing_for = UNSET
        else:
            keep_firing_for = self.keep_firing_for

        labels: dict[str, Any] | None | Unset
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, AlertRuleInputLabelsType0):
            labels = self.labels.to_dict()
        else:
            labels = self.labels

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, AlertRuleInputAnnotationsType0):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        id = self.id

        created_at = self.created_at

        updated_at = self.updated_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "query": query,
            "comparison": comparison,
            "threshold": threshold,
        })
        if for_ is not UNSET:
            field_dict["for"] = for_
        if keep_firing_for is not UNSET:
            field_dict["keepFiringFor"] = keep_firing_for
        if labels is not UNSET:
            field_dict["labels"] = labels
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_rule_input_annotations_type_0 import AlertRuleInputAnnotationsType0 # noqa: PLC0415
        from ..models.alert_rule_input_labels_type_0 import AlertRuleInputLabelsType0 # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        query = d.pop("query")

        comparison = AlertRuleInputComparison(d.pop("comparison"))




        threshold = d.pop("threshold")

        def _parse_for_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        for_ = _parse_for_(d.pop("for", UNSET))


        def _parse_keep_firing_for(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        keep_firing_for = _parse_keep_firing_for(d.pop("keepFiringFor", UNSET))


        def _parse_labels(data: object) -> AlertRuleInputLabelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                labels_type_0 = AlertRuleInputLabelsType0.from_dict(data)



                return labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertRuleInputLabelsType0 | None | Unset, data)

        labels = _parse_labels(d.pop("labels", UNSET))


        def _parse_annotations(data: object) -> AlertRuleInputAnnotationsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                annotations_type_0 = AlertRuleInputAnnotationsType0.from_dict(data)



                return annotations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AlertRuleInputAnnotationsType0 | None | Unset, data)

        annotations = _parse_annotations(d.pop("annotations", UNSET))


        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhookUrl", UNSET))


        id = d.pop("id", UNSET)

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        alert_rule = cls(
            name=name,
            query=query,
            comparison=comparison,
            threshold=threshold,
            for_=for_,
            keep_firing_for=keep_firing_for,
            labels=labels,
            annotations=annotations,
            webhook_url=webhook_url,
            id=id,
            created_at=created_at,
            updated_at=updated_at,
        )


        alert_rule.additional_properties = d
        return alert_rule

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

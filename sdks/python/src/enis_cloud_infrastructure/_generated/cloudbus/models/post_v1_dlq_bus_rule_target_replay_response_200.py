from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.post_v1_dlq_bus_rule_target_replay_response_200_failed_item import PostV1DlqBusRuleTargetReplayResponse200FailedItem





T = TypeVar("T", bound="PostV1DlqBusRuleTargetReplayResponse200")



@_attrs_define
class PostV1DlqBusRuleTargetReplayResponse200:
    """ 
        Attributes:
            replayed (int | Unset):
            failed (list[PostV1DlqBusRuleTargetReplayResponse200FailedItem] | Unset):
     """

    replayed: int | Unset = UNSET
    failed: list[PostV1DlqBusRuleTargetReplayResponse200FailedItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.post_v1_dlq_bus_rule_target_replay_response_200_failed_item import PostV1DlqBusRuleTargetReplayResponse200FailedItem # noqa: PLC0415
        replayed = self.replayed

        failed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.failed, Unset):
            failed = []
            for failed_item_data in self.failed:
                failed_item = failed_item_data.to_dict()
                failed.append(failed_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if replayed is not UNSET:
            field_dict["replayed"] = replayed
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_v1_dlq_bus_rule_target_replay_response_200_failed_item import PostV1DlqBusRuleTargetReplayResponse200FailedItem # noqa: PLC0415
        d = dict(src_dict)
        replayed = d.pop("replayed", UNSET)

        _failed = d.pop("failed", UNSET)
        failed: list[PostV1DlqBusRuleTargetReplayResponse200FailedItem] | Unset = UNSET
        if _failed is not UNSET:
            failed = []
            for failed_item_data in _failed:
                failed_item = PostV1DlqBusRuleTargetReplayResponse200FailedItem.from_dict(failed_item_data)



                failed.append(failed_item)


        post_v1_dlq_bus_rule_target_replay_response_200 = cls(
            replayed=replayed,
            failed=failed,
        )


        post_v1_dlq_bus_rule_target_replay_response_200.additional_properties = d
        return post_v1_dlq_bus_rule_target_replay_response_200

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.snapshot import Snapshot





T = TypeVar("T", bound="SnapshotList")



@_attrs_define
class SnapshotList:
    """ 
        Attributes:
            snapshots (list[Snapshot]):
     """

    snapshots: list[Snapshot]





    def to_dict(self) -> dict[str, Any]:
        from ..models.snapshot import Snapshot # noqa: PLC0415
        snapshots = []
        for snapshots_item_data in self.snapshots:
            snapshots_item = snapshots_item_data.to_dict()
            snapshots.append(snapshots_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "snapshots": snapshots,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.snapshot import Snapshot # noqa: PLC0415
        d = dict(src_dict)
        snapshots = []
        _snapshots = d.pop("snapshots")
        for snapshots_item_data in (_snapshots):
            snapshots_item = Snapshot.from_dict(snapshots_item_data)



            snapshots.append(snapshots_item)


        snapshot_list = cls(
            snapshots=snapshots,
        )

        return snapshot_list


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.target_type import TargetType
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.target_retry import TargetRetry
  from ..models.target_transform import TargetTransform





T = TypeVar("T", bound="Target")



@_attrs_define
class Target:
    """ 
        Attributes:
            id (str):
            type_ (TargetType):
            url (str | Unset):
            secret (str | Unset):
            bus (str | Unset):
            stream (str | Unset):
            transform (TargetTransform | Unset):
            retry (TargetRetry | Unset):
            concurrency (int | Unset): deliveries in flight at once; 1 keeps publication order Default: 1.
     """

    id: str
    type_: TargetType
    url: str | Unset = UNSET
    secret: str | Unset = UNSET
    bus: str | Unset = UNSET
    stream: str | Unset = UNSET
    transform: TargetTransform | Unset = UNSET
    retry: TargetRetry | Unset = UNSET
    concurrency: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.target_retry import TargetRetry # noqa: PLC0415
        from ..models.target_transform import TargetTransform # noqa: PLC0415
        id = self.id

        type_ = self.type_.value

        url = self.url

        secret = self.secret

        bus = self.bus

        stream = self.stream

        transform: dict[str, Any] | Unset = UNSET
        if not isinstance(self.transform, Unset):
            transform = self.transform.to_dict()

        retry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.retry, Unset):
            retry = self.retry.to_dict()

        concurrency = self.concurrency


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "type": type_,
        })
        if url is not UNSET:
            field_dict["url"] = url
        if secret is not UNSET:
            field_dict["secret"] = secret
        if bus is not UNSET:
            field_dict["bus"] = bus
        if stream is not UNSET:
            field_dict["stream"] = stream
        if transform is not UNSET:
            field_dict["transform"] = transform
        if retry is not UNSET:
            field_dict["retry"] = retry
        if concurrency is not UNSET:
            field_dict["concurrency"] = concurrency

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.target_retry import TargetRetry # noqa: PLC0415
        from ..models.target_transform import TargetTransform # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        type_ = TargetType(d.pop("type"))




        url = d.pop("url", UNSET)

        secret = d.pop("secret", UNSET)

        bus = d.pop("bus", UNSET)

        stream = d.pop("stream", UNSET)

        _transform = d.pop("transform", UNSET)
        transform: TargetTransform | Unset
        if isinstance(_transform,  Unset):
            transform = UNSET
        else:
            transform = TargetTransform.from_dict(_transform)




        _retry = d.pop("retry", UNSET)
        retry: TargetRetry | Unset
        if isinstance(_retry,  Unset):
            retry = UNSET
        else:
            retry = TargetRetry.from_dict(_retry)




        concurrency = d.pop("concurrency", UNSET)

        target = cls(
            id=id,
            type_=type_,
            url=url,
            secret=secret,
            bus=bus,
            stream=stream,
            transform=transform,
            retry=retry,
            concurrency=concurrency,
        )


        target.additional_properties = d
        return target

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

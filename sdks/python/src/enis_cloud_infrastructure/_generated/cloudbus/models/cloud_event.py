from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from typing import Literal, cast
import datetime






T = TypeVar("T", bound="CloudEvent")



@_attrs_define
class CloudEvent:
    """ CloudEvents 1.0, JSON format; at most MAX_EVENT_BYTES (256 KiB) as JSON. Optional attributes may be null (absent).

        Attributes:
            id (str):
            source (str):
            specversion (Literal['1.0']):
            type_ (str):
            subject (None | str | Unset):
            time (datetime.datetime | None | Unset): RFC 3339, for example 2025-01-21T10:00:00Z
            datacontenttype (None | str | Unset): a media type
            dataschema (None | str | Unset): a URI
            data (Any | Unset):
            data_base64 (Any | Unset): binary data, base64 (kept as given)
     """

    id: str
    source: str
    specversion: Literal['1.0']
    type_: str
    subject: None | str | Unset = UNSET
    time: datetime.datetime | None | Unset = UNSET
    datacontenttype: None | str | Unset = UNSET
    dataschema: None | str | Unset = UNSET
    data: Any | Unset = UNSET
    data_base64: Any | Unset = UNSET
    additional_properties: dict[str, bool | float | None | str] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source = self.source

        specversion = self.specversion

        type_ = self.type_

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        time: None | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        elif isinstance(self.time, datetime.datetime):
            time = self.time.isoformat()
        else:
            time = self.time

        datacontenttype: None | str | Unset
        if isinstance(self.datacontenttype, Unset):
            datacontenttype = UNSET
        else:
            datacontenttype = self.datacontenttype

        dataschema: None | str | Unset
        if isinstance(self.dataschema, Unset):
            dataschema = UNSET
        else:
            dataschema = self.dataschema

        data = self.data

        data_base64 = self.data_base64


        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            
            field_dict[prop_name] = prop

        field_dict.update({
            "id": id,
            "source": source,
            "specversion": specversion,
            "type": type_,
        })
        if subject is not UNSET:
            field_dict["subject"] = subject
        if time is not UNSET:
            field_dict["time"] = time
        if datacontenttype is not UNSET:
            field_dict["datacontenttype"] = datacontenttype
        if dataschema is not UNSET:
            field_dict["dataschema"] = dataschema
        if data is not UNSET:
            field_dict["data"] = data
        if data_base64 is not UNSET:
            field_dict["data_base64"] = data_base64

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        source = d.pop("source")

        specversion = cast(Literal['1.0'] , d.pop("specversion"))
        if specversion != '1.0':
            raise ValueError(f"specversion must match const '1.0', got '{specversion}'")

        type_ = d.pop("type")

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))


        def _parse_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                time_type_0 = datetime.datetime.fromisoformat(data)



                return time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        time = _parse_time(d.pop("time", UNSET))


        def _parse_datacontenttype(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        datacontenttype = _parse_datacontenttype(d.pop("datacontenttype", UNSET))


        def _parse_dataschema(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataschema = _parse_dataschema(d.pop("dataschema", UNSET))


        data = d.pop("data", UNSET)

        data_base64 = d.pop("data_base64", UNSET)

        cloud_event = cls(
            id=id,
            source=source,
            specversion=specversion,
            type_=type_,
            subject=subject,
            time=time,
            datacontenttype=datacontenttype,
            dataschema=dataschema,
            data=data,
            data_base64=data_base64,
        )


        additional_properties = {}
        for prop_name, prop_dict in d.items():
            def _parse_additional_property(data: object) -> bool | float | None | str:
                if data is None:
                    return data
                return cast(bool | float | None | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        cloud_event.additional_properties = additional_properties
        return cloud_event

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

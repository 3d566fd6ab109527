from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="Red")



@_attrs_define
class Red:
    """ 
        Attributes:
            service (str | Unset):
            operation (str | Unset):
            requests (int | Unset):
            errors (int | Unset):
            rate_per_second (float | Unset):
            error_ratio (float | Unset):
            p_50_ms (float | Unset):
            p_95_ms (float | Unset):
            p_99_ms (float | Unset):
     """

    service: str | Unset = UNSET
    operation: str | Unset = UNSET
    requests: int | Unset = UNSET
    errors: int | Unset = UNSET
    rate_per_second: float | Unset = UNSET
    error_ratio: float | Unset = UNSET
    p_50_ms: float | Unset = UNSET
    p_95_ms: float | Unset = UNSET
    p_99_ms: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        service = self.service

        operation = self.operation

        requests = self.requests

        errors = self.errors

        rate_per_second = self.rate_per_second

        error_ratio = self.error_ratio

        p_50_ms = self.p_50_ms

        p_95_ms = self.p_95_ms

        p_99_ms = self.p_99_ms


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if service is not UNSET:
            field_dict["service"] = service
        if operation is not UNSET:
            field_dict["operation"] = operation
        if requests is not UNSET:
            field_dict["requests"] = requests
        if errors is not UNSET:
            field_dict["errors"] = errors
        if rate_per_second is not UNSET:
            field_dict["ratePerSecond"] = rate_per_second
        if error_ratio is not UNSET:
            field_dict["errorRatio"] = error_ratio
        if p_50_ms is not UNSET:
            field_dict["p50Ms"] = p_50_ms
        if p_95_ms is not UNSET:
            field_dict["p95Ms"] = p_95_ms
        if p_99_ms is not UNSET:
            field_dict["p99Ms"] = p_99_ms

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = d.pop("service", UNSET)

        operation = d.pop("operation", UNSET)

        requests = d.pop("requests", UNSET)

        errors = d.pop("errors", UNSET)

        rate_per_second = d.pop("ratePerSecond", UNSET)

        error_ratio = d.pop("errorRatio", UNSET)

        p_50_ms = d.pop("p50Ms", UNSET)

        p_95_ms = d.pop("p95Ms", UNSET)

        p_99_ms = d.pop("p99Ms", UNSET)

        red = cls(
            service=service,
            operation=operation,
            requests=requests,
            errors=errors,
            rate_per_second=rate_per_second,
            error_ratio=error_ratio,
            p_50_ms=p_50_ms,
            p_95_ms=p_95_ms,
            p_99_ms=p_99_ms,
        )


        red.additional_properties = d
        return red

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

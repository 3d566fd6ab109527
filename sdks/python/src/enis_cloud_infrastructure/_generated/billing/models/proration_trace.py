from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.proration_trace_inputs import ProrationTraceInputs





T = TypeVar("T", bound="ProrationTrace")



@_attrs_define
class ProrationTrace:
    """ 
        Attributes:
            formula (str):
            inputs (ProrationTraceInputs):
            period_start (datetime.datetime):
            period_end (datetime.datetime):
            from_ (datetime.datetime):
            unused_seconds (int):
            period_seconds (int):
            exact_minor (str):
            rounded_minor (int):
            rounding (str):
     """

    formula: str
    inputs: ProrationTraceInputs
    period_start: datetime.datetime
    period_end: datetime.datetime
    from_: datetime.datetime
    unused_seconds: int
    period_seconds: int
    exact_minor: str
    rounded_minor: int
    rounding: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.proration_trace_inputs import ProrationTraceInputs # noqa: PLC0415
        formula = self.formula

        inputs = self.inputs.to_dict()

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        from_ = self.from_.isoformat()

        unused_seconds = self.unused_seconds

        period_seconds = self.period_seconds

        exact_minor = self.exact_minor

        rounded_minor = self.rounded_minor

        rounding = self.rounding


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "formula": formula,
            "inputs": inputs,
            "period_start": period_start,
            "period_end": period_end,
            "from": from_,
            "unused_seconds": unused_seconds,
            "period_seconds": period_seconds,
            "exact_minor": exact_minor,
            "rounded_minor": rounded_minor,
            "rounding": rounding,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.proration_trace_inputs import ProrationTraceInputs # noqa: PLC0415
        d = dict(src_dict)
        formula = d.pop("formula")

        inputs = ProrationTraceInputs.from_dict(d.pop("inputs"))




        period_start = datetime.datetime.fromisoformat(d.pop("period_start"))




        period_end = datetime.datetime.fromisoformat(d.pop("period_end"))




        from_ = datetime.datetime.fromisoformat(d.pop("from"))




        unused_seconds = d.pop("unused_seconds")

        period_seconds = d.pop("period_seconds")

        exact_minor = d.pop("exact_minor")

        rounded_minor = d.pop("rounded_minor")

        rounding = d.pop("rounding")

        proration_trace = cls(
            formula=formula,
            inputs=inputs,
            period_start=period_start,
            period_end=period_end,
            from_=from_,
            unused_seconds=unused_seconds,
            period_seconds=period_seconds,
            exact_minor=exact_minor,
            rounded_minor=rounded_minor,
            rounding=rounding,
        )


        proration_trace.additional_properties = d
        return proration_trace

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

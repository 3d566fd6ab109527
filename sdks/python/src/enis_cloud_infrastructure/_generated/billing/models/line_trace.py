from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.line_trace_inputs import LineTraceInputs
  from ..models.line_trace_tiers_item import LineTraceTiersItem





T = TypeVar("T", bound="LineTrace")



@_attrs_define
class LineTrace:
    """ how the line was computed: formula, inputs, period and days, rounding

        Attributes:
            model (str):
            formula (str):
            inputs (LineTraceInputs):
            tiers (list[LineTraceTiersItem]):
            period_start (datetime.datetime):
            period_end (datetime.datetime):
            period_days (str):
            exact_minor (str):
            rounded_minor (int):
            rounding (str):
     """

    model: str
    formula: str
    inputs: LineTraceInputs
    tiers: list[LineTraceTiersItem]
    period_start: datetime.datetime
    period_end: datetime.datetime
    period_days: str
    exact_minor: str
    rounded_minor: int
    rounding: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.line_trace_inputs import LineTraceInputs # noqa: PLC0415
        from ..models.line_trace_tiers_item import LineTraceTiersItem # noqa: PLC0415
        model = self.model

        formula = self.formula

        inputs = self.inputs.to_dict()

        tiers = []
        for tiers_item_data in self.tiers:
            tiers_item = tiers_item_data.to_dict()
            tiers.append(tiers_item)



        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        period_days = self.period_days

        exact_minor = self.exact_minor

        rounded_minor = self.rounded_minor

        rounding = self.rounding


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "model": model,
            "formula": formula,
            "inputs": inputs,
            "tiers": tiers,
            "period_start": period_start,
            "period_end": period_end,
            "period_days": period_days,
            "exact_minor": exact_minor,
            "rounded_minor": rounded_minor,
            "rounding": rounding,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_trace_inputs import LineTraceInputs # noqa: PLC0415
        from ..models.line_trace_tiers_item import LineTraceTiersItem # noqa: PLC0415
        d = dict(src_dict)
        model = d.pop("model")

        formula = d.pop("formula")

        inputs = LineTraceInputs.from_dict(d.pop("inputs"))




        tiers = []
        _tiers = d.pop("tiers")
        for tiers_item_data in (_tiers):
            tiers_item = LineTraceTiersItem.from_dict(tiers_item_data)



            tiers.append(tiers_item)


        period_start = datetime.datetime.fromisoformat(d.pop("period_start"))




        period_end = datetime.datetime.fromisoformat(d.pop("period_end"))




        period_days = d.pop("period_days")

        exact_minor = d.pop("exact_minor")

        rounded_minor = d.pop("rounded_minor")

        rounding = d.pop("rounding")

        line_trace = cls(
            model=model,
            formula=formula,
            inputs=inputs,
            tiers=tiers,
            period_start=period_start,
            period_end=period_end,
            period_days=period_days,
            exact_minor=exact_minor,
            rounded_minor=rounded_minor,
            rounding=rounding,
        )


        line_trace.additional_properties = d
        return line_trace

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

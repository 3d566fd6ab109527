from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.attainment_outcome import AttainmentOutcome
from typing import cast
import datetime






T = TypeVar("T", bound="Attainment")



@_attrs_define
class Attainment:
    """ 
        Attributes:
            outcome (AttainmentOutcome):
            date (datetime.date | None):
            projected (float):
            shortfall (float):
            confidence (float):
            sentence (str):
     """

    outcome: AttainmentOutcome
    date: datetime.date | None
    projected: float
    shortfall: float
    confidence: float
    sentence: str





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        date: None | str
        if isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        projected = self.projected

        shortfall = self.shortfall

        confidence = self.confidence

        sentence = self.sentence


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
            "date": date,
            "projected": projected,
            "shortfall": shortfall,
            "confidence": confidence,
            "sentence": sentence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = AttainmentOutcome(d.pop("outcome"))




        def _parse_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_1 = datetime.date.fromisoformat(data)



                return date_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        date = _parse_date(d.pop("date"))


        projected = d.pop("projected")

        shortfall = d.pop("shortfall")

        confidence = d.pop("confidence")

        sentence = d.pop("sentence")

        attainment = cls(
            outcome=outcome,
            date=date,
            projected=projected,
            shortfall=shortfall,
            confidence=confidence,
            sentence=sentence,
        )

        return attainment


from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.oscal_assessment_results_assessment_results import OscalAssessmentResultsAssessmentResults





T = TypeVar("T", bound="OscalAssessmentResults")



@_attrs_define
class OscalAssessmentResults:
    """ OSCAL assessment results (NIST OSCAL 1.1.3; its full schema is NIST's)

        Attributes:
            assessment_results (OscalAssessmentResultsAssessmentResults):
     """

    assessment_results: OscalAssessmentResultsAssessmentResults
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.oscal_assessment_results_assessment_results import OscalAssessmentResultsAssessmentResults # noqa: PLC0415
        assessment_results = self.assessment_results.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "assessment-results": assessment_results,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.oscal_assessment_results_assessment_results import OscalAssessmentResultsAssessmentResults # noqa: PLC0415
        d = dict(src_dict)
        assessment_results = OscalAssessmentResultsAssessmentResults.from_dict(d.pop("assessment-results"))




        oscal_assessment_results = cls(
            assessment_results=assessment_results,
        )


        oscal_assessment_results.additional_properties = d
        return oscal_assessment_results

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.control_status_status import ControlStatusStatus
from typing import cast

if TYPE_CHECKING:
  from ..models.decision import Decision
  from ..models.evidence import Evidence





T = TypeVar("T", bound="ControlStatus")



@_attrs_define
class ControlStatus:
    """ 
        Attributes:
            framework (str):
            control (str):
            ref (str):
            title (str):
            status (ControlStatusStatus):
            reasons (list[str]):
            decision (Decision | None):
            evidence (list[Evidence]):
     """

    framework: str
    control: str
    ref: str
    title: str
    status: ControlStatusStatus
    reasons: list[str]
    decision: Decision | None
    evidence: list[Evidence]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.decision import Decision # noqa: PLC0415
        from ..models.evidence import Evidence # noqa: PLC0415
        framework = self.framework

        control = self.control

        ref = self.ref

        title = self.title

        status = self.status.value

        reasons = self.reasons



        decision: dict[str, Any] | None
        if isinstance(self.decision, Decision):
            decision = self.decision.to_dict()
        else:
            decision = self.decision

        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "framework": framework,
            "control": control,
            "ref": ref,
            "title": title,
            "status": status,
            "reasons": reasons,
            "decision": decision,
            "evidence": evidence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.decision import Decision # noqa: PLC0415
        from ..models.evidence import Evidence # noqa: PLC0415
        d = dict(src_dict)
        framework = d.pop("framework")

        control = d.pop("control")

        ref = d.pop("ref")

        title = d.pop("title")

        status = ControlStatusStatus(d.pop("status"))




        reasons = cast(list[str], d.pop("reasons"))


        def _parse_decision(data: object) -> Decision | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_type_1 = Decision.from_dict(data)



                return decision_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decision | None, data)

        decision = _parse_decision(d.pop("decision"))


        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in (_evidence):
            evidence_item = Evidence.from_dict(evidence_item_data)



            evidence.append(evidence_item)


        control_status = cls(
            framework=framework,
            control=control,
            ref=ref,
            title=title,
            status=status,
            reasons=reasons,
            decision=decision,
            evidence=evidence,
        )


        control_status.additional_properties = d
        return control_status

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

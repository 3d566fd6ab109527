from enum import StrEnum

class ControlStatusStatus(StrEnum):
    FAILING = "failing"
    NOT_APPLICABLE = "not_applicable"
    PASSING = "passing"
    WAIVED = "waived"

    def __str__(self) -> str:
        return str(self.value)

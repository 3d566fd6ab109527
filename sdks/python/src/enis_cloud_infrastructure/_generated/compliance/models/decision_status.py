from enum import StrEnum

class DecisionStatus(StrEnum):
    AUTOMATIC = "automatic"
    NOT_APPLICABLE = "not_applicable"
    WAIVED = "waived"

    def __str__(self) -> str:
        return str(self.value)

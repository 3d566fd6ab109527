from enum import StrEnum

class DecisionRequestStatus(StrEnum):
    AUTOMATIC = "automatic"
    NOT_APPLICABLE = "not_applicable"
    WAIVED = "waived"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum

class AttainmentOutcome(StrEnum):
    MET = "met"
    MISSED = "missed"
    REACHED = "reached"

    def __str__(self) -> str:
        return str(self.value)

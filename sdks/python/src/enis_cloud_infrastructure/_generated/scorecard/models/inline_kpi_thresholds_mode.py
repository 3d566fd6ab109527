from enum import StrEnum

class InlineKpiThresholdsMode(StrEnum):
    ABSOLUTE = "absolute"
    PERCENT = "percent"

    def __str__(self) -> str:
        return str(self.value)

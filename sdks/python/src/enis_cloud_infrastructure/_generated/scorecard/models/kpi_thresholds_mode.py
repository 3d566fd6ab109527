from enum import StrEnum

class KpiThresholdsMode(StrEnum):
    ABSOLUTE = "absolute"
    PERCENT = "percent"

    def __str__(self) -> str:
        return str(self.value)

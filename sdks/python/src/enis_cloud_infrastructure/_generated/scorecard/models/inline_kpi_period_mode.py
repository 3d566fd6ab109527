from enum import StrEnum

class InlineKpiPeriodMode(StrEnum):
    CALENDAR = "calendar"
    ROLLING = "rolling"

    def __str__(self) -> str:
        return str(self.value)

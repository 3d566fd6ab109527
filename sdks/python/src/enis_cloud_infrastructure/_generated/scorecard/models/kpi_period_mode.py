from enum import StrEnum

class KpiPeriodMode(StrEnum):
    CALENDAR = "calendar"
    ROLLING = "rolling"

    def __str__(self) -> str:
        return str(self.value)

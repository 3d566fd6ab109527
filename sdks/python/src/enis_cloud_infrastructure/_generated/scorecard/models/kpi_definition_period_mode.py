from enum import StrEnum

class KpiDefinitionPeriodMode(StrEnum):
    CALENDAR = "calendar"
    ROLLING = "rolling"

    def __str__(self) -> str:
        return str(self.value)

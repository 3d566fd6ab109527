from enum import StrEnum

class SnapshotDefinitionPeriodMode(StrEnum):
    CALENDAR = "calendar"
    ROLLING = "rolling"

    def __str__(self) -> str:
        return str(self.value)

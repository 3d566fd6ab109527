from enum import StrEnum

class GrafanaDashboardPanelsItemType(StrEnum):
    STAT = "stat"
    TIMESERIES = "timeseries"

    def __str__(self) -> str:
        return str(self.value)

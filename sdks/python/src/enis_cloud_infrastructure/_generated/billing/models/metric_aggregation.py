from enum import StrEnum

class MetricAggregation(StrEnum):
    COUNT = "count"
    LATEST = "latest"
    MAX = "max"
    SUM = "sum"
    UNIQUE_COUNT = "unique_count"

    def __str__(self) -> str:
        return str(self.value)

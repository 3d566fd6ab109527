from enum import StrEnum

class MetricInputAggregation(StrEnum):
    COUNT = "count"
    LATEST = "latest"
    MAX = "max"
    SUM = "sum"
    UNIQUE_COUNT = "unique_count"

    def __str__(self) -> str:
        return str(self.value)

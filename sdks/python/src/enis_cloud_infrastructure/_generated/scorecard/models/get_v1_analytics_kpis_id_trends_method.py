from enum import StrEnum

class GetV1AnalyticsKpisIdTrendsMethod(StrEnum):
    AUTO = "auto"
    HOLT_WINTERS = "holt_winters"
    LINEAR = "linear"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum

class ForecastMethod(StrEnum):
    HOLT_WINTERS = "holt_winters"
    LINEAR = "linear"

    def __str__(self) -> str:
        return str(self.value)

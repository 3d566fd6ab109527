from enum import StrEnum

class TargetType(StrEnum):
    BUS = "bus"
    REDIS_STREAM = "redis-stream"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum

class Scope(StrEnum):
    ALERTSREAD = "alerts:read"
    ALERTSWRITE = "alerts:write"
    KEYSADMIN = "keys:admin"
    METRICSREAD = "metrics:read"
    METRICSWRITE = "metrics:write"
    TRACESREAD = "traces:read"
    TRACESWRITE = "traces:write"

    def __str__(self) -> str:
        return str(self.value)

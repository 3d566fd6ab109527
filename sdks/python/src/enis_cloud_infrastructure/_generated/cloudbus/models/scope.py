from enum import StrEnum

class Scope(StrEnum):
    BUSESREAD = "buses:read"
    BUSESWRITE = "buses:write"
    DLQMANAGE = "dlq:manage"
    EVENTSPUBLISH = "events:publish"
    KEYSADMIN = "keys:admin"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum

class Scope(StrEnum):
    ANALYTICSREAD = "analytics:read"
    ANALYTICSWRITE = "analytics:write"
    KEYSADMIN = "keys:admin"

    def __str__(self) -> str:
        return str(self.value)

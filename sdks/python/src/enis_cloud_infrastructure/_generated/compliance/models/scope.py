from enum import StrEnum

class Scope(StrEnum):
    COMPLIANCEADMIN = "compliance:admin"
    COMPLIANCEREAD = "compliance:read"
    COMPLIANCEWRITE = "compliance:write"
    KEYSADMIN = "keys:admin"

    def __str__(self) -> str:
        return str(self.value)

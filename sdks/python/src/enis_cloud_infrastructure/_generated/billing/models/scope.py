from enum import StrEnum

class Scope(StrEnum):
    BILLINGREAD = "billing:read"
    BILLINGWRITE = "billing:write"
    KEYSADMIN = "keys:admin"
    USAGEWRITE = "usage:write"

    def __str__(self) -> str:
        return str(self.value)

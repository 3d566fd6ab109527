from enum import StrEnum

class InvoiceLineKind(StrEnum):
    PRORATION = "proration"
    RECURRING = "recurring"
    USAGE = "usage"

    def __str__(self) -> str:
        return str(self.value)

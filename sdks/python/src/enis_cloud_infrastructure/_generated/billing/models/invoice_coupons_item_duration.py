from enum import StrEnum

class InvoiceCouponsItemDuration(StrEnum):
    FOREVER = "forever"
    ONCE = "once"
    REPEATING = "repeating"

    def __str__(self) -> str:
        return str(self.value)

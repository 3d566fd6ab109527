from enum import StrEnum

class PaymentMethodChangeAction(StrEnum):
    ATTACHED = "attached"
    DEFAULT_REMOVED = "default_removed"
    REATTACHED = "reattached"

    def __str__(self) -> str:
        return str(self.value)

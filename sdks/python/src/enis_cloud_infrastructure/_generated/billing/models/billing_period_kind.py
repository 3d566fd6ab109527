from enum import StrEnum

class BillingPeriodKind(StrEnum):
    REGULAR = "regular"
    TRIAL = "trial"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum

class ProrationKind(StrEnum):
    CHARGE = "charge"
    CREDIT = "credit"

    def __str__(self) -> str:
        return str(self.value)

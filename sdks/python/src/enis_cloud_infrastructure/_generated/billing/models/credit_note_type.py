from enum import StrEnum

class CreditNoteType(StrEnum):
    CREDIT = "credit"
    REFUND = "refund"

    def __str__(self) -> str:
        return str(self.value)

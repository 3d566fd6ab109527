from enum import StrEnum

class CustomerBalanceTransactionsItemKind(StrEnum):
    APPLIED = "applied"
    CREDIT_NOTE = "credit_note"
    RETURNED = "returned"

    def __str__(self) -> str:
        return str(self.value)

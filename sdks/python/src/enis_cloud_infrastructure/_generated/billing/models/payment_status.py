from enum import StrEnum

class PaymentStatus(StrEnum):
    DECLINED = "declined"
    MANUAL = "manual"
    PROCESSING = "processing"
    SUCCEEDED = "succeeded"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum

class WebhookResultResult(StrEnum):
    DUPLICATE = "duplicate"
    IGNORED = "ignored"
    PROCESSED = "processed"

    def __str__(self) -> str:
        return str(self.value)

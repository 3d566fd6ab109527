from enum import StrEnum

class PublishResultEventsItemStatus(StrEnum):
    DUPLICATE = "duplicate"
    STORED = "stored"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum

class AuditAllowedTransitionsItem(StrEnum):
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    IN_REVIEW = "in_review"
    PLANNED = "planned"

    def __str__(self) -> str:
        return str(self.value)

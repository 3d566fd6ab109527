from enum import StrEnum

class GetV1AnalyticsReportsIdFormat(StrEnum):
    HTML = "html"
    JSON = "json"
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)

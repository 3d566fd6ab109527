from enum import StrEnum

class GetV1ComplianceReportsAuditFrameworkFormat(StrEnum):
    HTML = "html"
    JSON = "json"
    OSCAL = "oscal"
    PDF = "pdf"

    def __str__(self) -> str:
        return str(self.value)

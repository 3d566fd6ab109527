from enum import StrEnum

class NewAuditFrameworksItem(StrEnum):
    CCPA = "CCPA"
    CIS_AWS = "CIS_AWS"
    GDPR = "GDPR"
    HIPAA = "HIPAA"
    ISO27001 = "ISO27001"
    LGPD = "LGPD"
    PCI_DSS = "PCI_DSS"
    SOC2 = "SOC2"

    def __str__(self) -> str:
        return str(self.value)

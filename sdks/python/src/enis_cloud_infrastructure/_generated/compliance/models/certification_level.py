from enum import StrEnum

class CertificationLevel(StrEnum):
    BASIC = "basic"
    CRITICAL_SYSTEMS = "critical_systems"
    ENTERPRISE = "enterprise"
    PROFESSIONAL = "professional"

    def __str__(self) -> str:
        return str(self.value)

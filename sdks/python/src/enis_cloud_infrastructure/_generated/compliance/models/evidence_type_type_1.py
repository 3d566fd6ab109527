from enum import StrEnum

class EvidenceTypeType1(StrEnum):
    AIR_GAP_VALIDATION = "air_gap_validation"
    COMPLIANCE_VALIDATION = "compliance_validation"
    DISASTER_RECOVERY_TEST = "disaster_recovery_test"
    DOCUMENTATION = "documentation"
    GOVERNMENT_STANDARDS = "government_standards"
    INFRASTRUCTURE_SCAN = "infrastructure_scan"
    INTEGRATION_TESTS = "integration_tests"
    LOAD_TESTING = "load_testing"
    PERFORMANCE_OPTIMIZATION = "performance_optimization"
    RED_TEAM_TEST = "red_team_test"
    SECURITY_TESTING = "security_testing"
    THIRD_PARTY_AUDIT = "third_party_audit"

    def __str__(self) -> str:
        return str(self.value)

""" Contains all the data models used in inputs/outputs """

from .api_key import ApiKey
from .audit import Audit
from .audit_allowed_transitions_item import AuditAllowedTransitionsItem
from .audit_entry import AuditEntry
from .audit_entry_actor import AuditEntryActor
from .audit_report import AuditReport
from .audit_report_audit import AuditReportAudit
from .audit_report_audit_status import AuditReportAuditStatus
from .audit_report_frameworks_item import AuditReportFrameworksItem
from .audit_report_frameworks_item_summary import AuditReportFrameworksItemSummary
from .audit_status import AuditStatus
from .certificate_document import CertificateDocument
from .certificate_verification import CertificateVerification
from .certificate_verification_level import CertificateVerificationLevel
from .certificate_verification_status import CertificateVerificationStatus
from .certification import Certification
from .certification_level import CertificationLevel
from .certification_status import CertificationStatus
from .control import Control
from .control_status import ControlStatus
from .control_status_status import ControlStatusStatus
from .decision import Decision
from .decision_request import DecisionRequest
from .decision_request_status import DecisionRequestStatus
from .decision_status import DecisionStatus
from .digest import Digest
from .digest_algorithm import DigestAlgorithm
from .evidence import Evidence
from .evidence_kind import EvidenceKind
from .evidence_link import EvidenceLink
from .evidence_link_type import EvidenceLinkType
from .evidence_result import EvidenceResult
from .evidence_type_type_1 import EvidenceTypeType1
from .evidence_type_type_2_type_1 import EvidenceTypeType2Type1
from .evidence_type_type_3_type_1 import EvidenceTypeType3Type1
from .framework_detail import FrameworkDetail
from .framework_detail_requirements_item import FrameworkDetailRequirementsItem
from .framework_report import FrameworkReport
from .framework_report_audit import FrameworkReportAudit
from .framework_report_audit_status import FrameworkReportAuditStatus
from .framework_report_framework import FrameworkReportFramework
from .framework_report_summary import FrameworkReportSummary
from .framework_summary import FrameworkSummary
from .get_health_live_response_200 import GetHealthLiveResponse200
from .get_openapi_json_response_200 import GetOpenapiJsonResponse200
from .get_v1_admin_keys_response_200 import GetV1AdminKeysResponse200
from .get_v1_compliance_audit_audit_evidence_response_200 import GetV1ComplianceAuditAuditEvidenceResponse200
from .get_v1_compliance_audit_log_digests_response_200 import GetV1ComplianceAuditLogDigestsResponse200
from .get_v1_compliance_audit_log_public_key_response_200 import GetV1ComplianceAuditLogPublicKeyResponse200
from .get_v1_compliance_audit_log_public_key_response_200_algorithm import GetV1ComplianceAuditLogPublicKeyResponse200Algorithm
from .get_v1_compliance_audit_log_response_200 import GetV1ComplianceAuditLogResponse200
from .get_v1_compliance_audit_response_200 import GetV1ComplianceAuditResponse200
from .get_v1_compliance_certifications_response_200 import GetV1ComplianceCertificationsResponse200
from .get_v1_compliance_frameworks_framework_controls_control_mappings_response_200 import GetV1ComplianceFrameworksFrameworkControlsControlMappingsResponse200
from .get_v1_compliance_frameworks_framework_controls_response_200 import GetV1ComplianceFrameworksFrameworkControlsResponse200
from .get_v1_compliance_frameworks_response_200 import GetV1ComplianceFrameworksResponse200
from .get_v1_compliance_oscal_imports_response_200 import GetV1ComplianceOscalImportsResponse200
from .get_v1_compliance_reports_audit_format import GetV1ComplianceReportsAuditFormat
from .get_v1_compliance_reports_audit_framework_format import GetV1ComplianceReportsAuditFrameworkFormat
from .mapping_view import MappingView
from .new_audit import NewAudit
from .new_audit_frameworks_item import NewAuditFrameworksItem
from .new_certification import NewCertification
from .new_certification_level import NewCertificationLevel
from .oscal_assessment_results import OscalAssessmentResults
from .oscal_assessment_results_assessment_results import OscalAssessmentResultsAssessmentResults
from .oscal_assessment_results_assessment_results_metadata import OscalAssessmentResultsAssessmentResultsMetadata
from .oscal_catalog import OscalCatalog
from .oscal_catalog_catalog import OscalCatalogCatalog
from .oscal_catalog_catalog_metadata import OscalCatalogCatalogMetadata
from .oscal_import import OscalImport
from .oscal_import_kind import OscalImportKind
from .oscal_system_security_plan import OscalSystemSecurityPlan
from .oscal_system_security_plan_system_security_plan import OscalSystemSecurityPlanSystemSecurityPlan
from .oscal_system_security_plan_system_security_plan_metadata import OscalSystemSecurityPlanSystemSecurityPlanMetadata
from .post_v1_admin_keys_body import PostV1AdminKeysBody
from .post_v1_admin_keys_response_201 import PostV1AdminKeysResponse201
from .post_v1_compliance_audit_audit_evidence_files_type import PostV1ComplianceAuditAuditEvidenceFilesType
from .post_v1_compliance_audit_audit_scan_body import PostV1ComplianceAuditAuditScanBody
from .post_v1_compliance_audit_audit_status_body import PostV1ComplianceAuditAuditStatusBody
from .post_v1_compliance_audit_audit_status_body_status import PostV1ComplianceAuditAuditStatusBodyStatus
from .post_v1_compliance_certifications_certification_renew_body import PostV1ComplianceCertificationsCertificationRenewBody
from .post_v1_compliance_certifications_certification_revoke_body import PostV1ComplianceCertificationsCertificationRevokeBody
from .post_v1_compliance_oscal_catalogs_body import PostV1ComplianceOscalCatalogsBody
from .post_v1_compliance_oscal_catalogs_body_catalog import PostV1ComplianceOscalCatalogsBodyCatalog
from .post_v1_compliance_oscal_profiles_body import PostV1ComplianceOscalProfilesBody
from .post_v1_compliance_oscal_profiles_body_profile import PostV1ComplianceOscalProfilesBodyProfile
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .readiness_status import ReadinessStatus
from .relationship import Relationship
from .requirement_result import RequirementResult
from .requirement_result_type import RequirementResultType
from .scan_summary import ScanSummary
from .scope import Scope
from .status_report import StatusReport
from .verification import Verification
from .verification_first_broken_type_1 import VerificationFirstBrokenType1
from .verification_first_broken_type_1_problem import VerificationFirstBrokenType1Problem

__all__ = (
    "ApiKey",
    "Audit",
    "AuditAllowedTransitionsItem",
    "AuditEntry",
    "AuditEntryActor",
    "AuditReport",
    "AuditReportAudit",
    "AuditReportAuditStatus",
    "AuditReportFrameworksItem",
    "AuditReportFrameworksItemSummary",
    "AuditStatus",
    "CertificateDocument",
    "CertificateVerification",
    "CertificateVerificationLevel",
    "CertificateVerificationStatus",
    "Certification",
    "CertificationLevel",
    "CertificationStatus",
    "Control",
    "ControlStatus",
    "ControlStatusStatus",
    "Decision",
    "DecisionRequest",
    "DecisionRequestStatus",
    "DecisionStatus",
    "Digest",
    "DigestAlgorithm",
    "Evidence",
    "EvidenceKind",
    "EvidenceLink",
    "EvidenceLinkType",
    "EvidenceResult",
    "EvidenceTypeType1",
    "EvidenceTypeType2Type1",
    "EvidenceTypeType3Type1",
    "FrameworkDetail",
    "FrameworkDetailRequirementsItem",
    "FrameworkReport",
    "FrameworkReportAudit",
    "FrameworkReportAuditStatus",
    "FrameworkReportFramework",
    "FrameworkReportSummary",
    "FrameworkSummary",
    "GetHealthLiveResponse200",
    "GetOpenapiJsonResponse200",
    "GetV1AdminKeysResponse200",
    "GetV1ComplianceAuditAuditEvidenceResponse200",
    "GetV1ComplianceAuditLogDigestsResponse200",
    "GetV1ComplianceAuditLogPublicKeyResponse200",
    "GetV1ComplianceAuditLogPublicKeyResponse200Algorithm",
    "GetV1ComplianceAuditLogResponse200",
    "GetV1ComplianceAuditResponse200",
    "GetV1ComplianceCertificationsResponse200",
    "GetV1ComplianceFrameworksFrameworkControlsControlMappingsResponse200",
    "GetV1ComplianceFrameworksFrameworkControlsResponse200",
    "GetV1ComplianceFrameworksResponse200",
    "GetV1ComplianceOscalImportsResponse200",
    "GetV1ComplianceReportsAuditFormat",
    "GetV1ComplianceReportsAuditFrameworkFormat",
    "MappingView",
    "NewAudit",
    "NewAuditFrameworksItem",
    "NewCertification",
    "NewCertificationLevel",
    "OscalAssessmentResults",
    "OscalAssessmentResultsAssessmentResults",
    "OscalAssessmentResultsAssessmentResultsMetadata",
    "OscalCatalog",
    "OscalCatalogCatalog",
    "OscalCatalogCatalogMetadata",
    "OscalImport",
    "OscalImportKind",
    "OscalSystemSecurityPlan",
    "OscalSystemSecurityPlanSystemSecurityPlan",
    "OscalSystemSecurityPlanSystemSecurityPlanMetadata",
    "PostV1AdminKeysBody",
    "PostV1AdminKeysResponse201",
    "PostV1ComplianceAuditAuditEvidenceFilesType",
    "PostV1ComplianceAuditAuditScanBody",
    "PostV1ComplianceAuditAuditStatusBody",
    "PostV1ComplianceAuditAuditStatusBodyStatus",
    "PostV1ComplianceCertificationsCertificationRenewBody",
    "PostV1ComplianceCertificationsCertificationRevokeBody",
    "PostV1ComplianceOscalCatalogsBody",
    "PostV1ComplianceOscalCatalogsBodyCatalog",
    "PostV1ComplianceOscalProfilesBody",
    "PostV1ComplianceOscalProfilesBodyProfile",
    "Problem",
    "ProblemErrorsItem",
    "Readiness",
    "ReadinessChecks",
    "ReadinessStatus",
    "Relationship",
    "RequirementResult",
    "RequirementResultType",
    "ScanSummary",
    "Scope",
    "StatusReport",
    "Verification",
    "VerificationFirstBrokenType1",
    "VerificationFirstBrokenType1Problem",
)

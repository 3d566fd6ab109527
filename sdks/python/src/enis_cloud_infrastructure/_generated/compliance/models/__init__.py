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
from .evidence_result import EvidenceResult
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
from .get_v1_compliance_frameworks_framework_controls_control_mappings_response_200 import GetV1ComplianceFrameworksFrameworkControlsControlMappingsResponse200
from .get_v1_compliance_frameworks_framework_controls_response_200 import GetV1ComplianceFrameworksFrameworkControlsResponse200
from .get_v1_compliance_frameworks_response_200 import GetV1ComplianceFrameworksResponse200
from .mapping_view import MappingView
from .new_audit import NewAudit
from .new_audit_frameworks_item import NewAuditFrameworksItem
from .post_v1_admin_keys_body import PostV1AdminKeysBody
from .post_v1_admin_keys_response_201 import PostV1AdminKeysResponse201
from .post_v1_compliance_audit_audit_scan_body import PostV1ComplianceAuditAuditScanBody
from .post_v1_compliance_audit_audit_status_body import PostV1ComplianceAuditAuditStatusBody
from .post_v1_compliance_audit_audit_status_body_status import PostV1ComplianceAuditAuditStatusBodyStatus
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .readiness_status import ReadinessStatus
from .relationship import Relationship
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
    "EvidenceResult",
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
    "GetV1ComplianceFrameworksFrameworkControlsControlMappingsResponse200",
    "GetV1ComplianceFrameworksFrameworkControlsResponse200",
    "GetV1ComplianceFrameworksResponse200",
    "MappingView",
    "NewAudit",
    "NewAuditFrameworksItem",
    "PostV1AdminKeysBody",
    "PostV1AdminKeysResponse201",
    "PostV1ComplianceAuditAuditScanBody",
    "PostV1ComplianceAuditAuditStatusBody",
    "PostV1ComplianceAuditAuditStatusBodyStatus",
    "Problem",
    "ProblemErrorsItem",
    "Readiness",
    "ReadinessChecks",
    "ReadinessStatus",
    "Relationship",
    "ScanSummary",
    "Scope",
    "StatusReport",
    "Verification",
    "VerificationFirstBrokenType1",
    "VerificationFirstBrokenType1Problem",
)

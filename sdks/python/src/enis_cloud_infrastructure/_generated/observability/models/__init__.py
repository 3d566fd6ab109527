""" Contains all the data models used in inputs/outputs """

from .alert import Alert
from .alert_annotations import AlertAnnotations
from .alert_labels import AlertLabels
from .alert_rule import AlertRule
from .alert_rule_input import AlertRuleInput
from .alert_rule_input_annotations_type_0 import AlertRuleInputAnnotationsType0
from .alert_rule_input_comparison import AlertRuleInputComparison
from .alert_rule_input_labels_type_0 import AlertRuleInputLabelsType0
from .alert_state import AlertState
from .api_key import ApiKey
from .get_health_live_response_200 import GetHealthLiveResponse200
from .get_openapi_json_response_200 import GetOpenapiJsonResponse200
from .get_v1_admin_keys_response_200 import GetV1AdminKeysResponse200
from .get_v1_alerts_response_200 import GetV1AlertsResponse200
from .get_v1_alerts_rules_response_200 import GetV1AlertsRulesResponse200
from .get_v1_apm_services_response_200 import GetV1ApmServicesResponse200
from .get_v1_metrics_prometheus_api_v1_metadata_response_200 import GetV1MetricsPrometheusApiV1MetadataResponse200
from .get_v1_metrics_prometheus_api_v1_metadata_response_200_data import GetV1MetricsPrometheusApiV1MetadataResponse200Data
from .get_v1_metrics_prometheus_api_v1_metadata_response_200_data_additional_property_item import GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItem
from .get_v1_metrics_prometheus_api_v1_metadata_response_200_data_additional_property_item_type import GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItemType
from .get_v1_metrics_prometheus_api_v1_series_response_200 import GetV1MetricsPrometheusApiV1SeriesResponse200
from .get_v1_metrics_prometheus_api_v1_series_response_200_data_item import GetV1MetricsPrometheusApiV1SeriesResponse200DataItem
from .get_v1_traces_response_200 import GetV1TracesResponse200
from .otlp_traces import OtlpTraces
from .otlp_traces_resource_spans_item import OtlpTracesResourceSpansItem
from .post_v1_admin_keys_body import PostV1AdminKeysBody
from .post_v1_admin_keys_response_201 import PostV1AdminKeysResponse201
from .post_v1_metrics_collect_json_body_type_2 import PostV1MetricsCollectJsonBodyType2
from .post_v1_metrics_collect_response_200 import PostV1MetricsCollectResponse200
from .post_v1_metrics_content_encoding import PostV1MetricsContentEncoding
from .post_v1_metrics_json_body import PostV1MetricsJsonBody
from .post_v1_metrics_json_body_resource_metrics_item import PostV1MetricsJsonBodyResourceMetricsItem
from .post_v1_metrics_prometheus_api_v1_labels_body import PostV1MetricsPrometheusApiV1LabelsBody
from .post_v1_metrics_prometheus_api_v1_labels_response_200 import PostV1MetricsPrometheusApiV1LabelsResponse200
from .post_v1_metrics_prometheus_api_v1_query_body import PostV1MetricsPrometheusApiV1QueryBody
from .post_v1_metrics_prometheus_api_v1_query_exemplars_body import PostV1MetricsPrometheusApiV1QueryExemplarsBody
from .post_v1_metrics_prometheus_api_v1_query_range_body import PostV1MetricsPrometheusApiV1QueryRangeBody
from .post_v1_metrics_prometheus_api_v1_series_body import PostV1MetricsPrometheusApiV1SeriesBody
from .post_v1_metrics_prometheus_api_v1_series_response_200 import PostV1MetricsPrometheusApiV1SeriesResponse200
from .post_v1_metrics_prometheus_api_v1_series_response_200_data_item import PostV1MetricsPrometheusApiV1SeriesResponse200DataItem
from .post_v1_metrics_query_body import PostV1MetricsQueryBody
from .post_v1_metrics_response_200 import PostV1MetricsResponse200
from .post_v1_metrics_response_200_partial_success import PostV1MetricsResponse200PartialSuccess
from .post_v1_metrics_response_400 import PostV1MetricsResponse400
from .post_v1_metrics_response_401 import PostV1MetricsResponse401
from .post_v1_metrics_response_403 import PostV1MetricsResponse403
from .post_v1_metrics_response_413 import PostV1MetricsResponse413
from .post_v1_metrics_response_415 import PostV1MetricsResponse415
from .post_v1_metrics_response_422 import PostV1MetricsResponse422
from .post_v1_metrics_response_429 import PostV1MetricsResponse429
from .post_v1_traces_content_encoding import PostV1TracesContentEncoding
from .post_v1_traces_response_200 import PostV1TracesResponse200
from .post_v1_traces_response_200_partial_success import PostV1TracesResponse200PartialSuccess
from .post_v1_traces_response_400 import PostV1TracesResponse400
from .post_v1_traces_response_401 import PostV1TracesResponse401
from .post_v1_traces_response_403 import PostV1TracesResponse403
from .post_v1_traces_response_413 import PostV1TracesResponse413
from .post_v1_traces_response_415 import PostV1TracesResponse415
from .post_v1_traces_response_429 import PostV1TracesResponse429
from .post_v1_traces_span_response_200 import PostV1TracesSpanResponse200
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .prometheus_response import PrometheusResponse
from .prometheus_response_data import PrometheusResponseData
from .prometheus_response_data_result_type import PrometheusResponseDataResultType
from .prometheus_strings import PrometheusStrings
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .readiness_status import ReadinessStatus
from .red import Red
from .sample import Sample
from .sample_labels import SampleLabels
from .scope import Scope
from .span import Span
from .span_attributes import SpanAttributes
from .span_kind import SpanKind
from .span_status import SpanStatus
from .trace import Trace
from .trace_summary import TraceSummary

__all__ = (
    "Alert",
    "AlertAnnotations",
    "AlertLabels",
    "AlertRule",
    "AlertRuleInput",
    "AlertRuleInputAnnotationsType0",
    "AlertRuleInputComparison",
    "AlertRuleInputLabelsType0",
    "AlertState",
    "ApiKey",
    "GetHealthLiveResponse200",
    "GetOpenapiJsonResponse200",
    "GetV1AdminKeysResponse200",
    "GetV1AlertsResponse200",
    "GetV1AlertsRulesResponse200",
    "GetV1ApmServicesResponse200",
    "GetV1MetricsPrometheusApiV1MetadataResponse200",
    "GetV1MetricsPrometheusApiV1MetadataResponse200Data",
    "GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItem",
    "GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItemType",
    "GetV1MetricsPrometheusApiV1SeriesResponse200",
    "GetV1MetricsPrometheusApiV1SeriesResponse200DataItem",
    "GetV1TracesResponse200",
    "OtlpTraces",
    "OtlpTracesResourceSpansItem",
    "PostV1AdminKeysBody",
    "PostV1AdminKeysResponse201",
    "PostV1MetricsCollectJsonBodyType2",
    "PostV1MetricsCollectResponse200",
    "PostV1MetricsContentEncoding",
    "PostV1MetricsJsonBody",
    "PostV1MetricsJsonBodyResourceMetricsItem",
    "PostV1MetricsPrometheusApiV1LabelsBody",
    "PostV1MetricsPrometheusApiV1LabelsResponse200",
    "PostV1MetricsPrometheusApiV1QueryBody",
    "PostV1MetricsPrometheusApiV1QueryExemplarsBody",
    "PostV1MetricsPrometheusApiV1QueryRangeBody",
    "PostV1MetricsPrometheusApiV1SeriesBody",
    "PostV1MetricsPrometheusApiV1SeriesResponse200",
    "PostV1MetricsPrometheusApiV1SeriesResponse200DataItem",
    "PostV1MetricsQueryBody",
    "PostV1MetricsResponse200",
    "PostV1MetricsResponse200PartialSuccess",
    "PostV1MetricsResponse400",
    "PostV1MetricsResponse401",
    "PostV1MetricsResponse403",
    "PostV1MetricsResponse413",
    "PostV1MetricsResponse415",
    "PostV1MetricsResponse422",
    "PostV1MetricsResponse429",
    "PostV1TracesContentEncoding",
    "PostV1TracesResponse200",
    "PostV1TracesResponse200PartialSuccess",
    "PostV1TracesResponse400",
    "PostV1TracesResponse401",
    "PostV1TracesResponse403",
    "PostV1TracesResponse413",
    "PostV1TracesResponse415",
    "PostV1TracesResponse429",
    "PostV1TracesSpanResponse200",
    "Problem",
    "ProblemErrorsItem",
    "PrometheusResponse",
    "PrometheusResponseData",
    "PrometheusResponseDataResultType",
    "PrometheusStrings",
    "Readiness",
    "ReadinessChecks",
    "ReadinessStatus",
    "Red",
    "Sample",
    "SampleLabels",
    "Scope",
    "Span",
    "SpanAttributes",
    "SpanKind",
    "SpanStatus",
    "Trace",
    "TraceSummary",
)

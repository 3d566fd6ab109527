""" Contains all the data models used in inputs/outputs """

from .api_key import ApiKey
from .bus import Bus
from .cloud_event import CloudEvent
from .dead_letter import DeadLetter
from .get_health_live_response_200 import GetHealthLiveResponse200
from .get_openapi_json_response_200 import GetOpenapiJsonResponse200
from .get_v1_admin_keys_response_200 import GetV1AdminKeysResponse200
from .get_v1_buses_response_200 import GetV1BusesResponse200
from .get_v1_dlq_bus_rule_target_response_200 import GetV1DlqBusRuleTargetResponse200
from .post_v1_admin_keys_body import PostV1AdminKeysBody
from .post_v1_admin_keys_response_201 import PostV1AdminKeysResponse201
from .post_v1_buses_body import PostV1BusesBody
from .post_v1_dlq_bus_rule_target_replay_response_200 import PostV1DlqBusRuleTargetReplayResponse200
from .post_v1_dlq_bus_rule_target_replay_response_200_failed_item import PostV1DlqBusRuleTargetReplayResponse200FailedItem
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .publish_result import PublishResult
from .publish_result_events_item import PublishResultEventsItem
from .publish_result_events_item_status import PublishResultEventsItemStatus
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .readiness_status import ReadinessStatus
from .rule import Rule
from .rule_input import RuleInput
from .rule_input_pattern import RuleInputPattern
from .rule_pattern import RulePattern
from .scope import Scope
from .target import Target
from .target_retry import TargetRetry
from .target_transform import TargetTransform
from .target_transform_input_paths import TargetTransformInputPaths
from .target_type import TargetType

__all__ = (
    "ApiKey",
    "Bus",
    "CloudEvent",
    "DeadLetter",
    "GetHealthLiveResponse200",
    "GetOpenapiJsonResponse200",
    "GetV1AdminKeysResponse200",
    "GetV1BusesResponse200",
    "GetV1DlqBusRuleTargetResponse200",
    "PostV1AdminKeysBody",
    "PostV1AdminKeysResponse201",
    "PostV1BusesBody",
    "PostV1DlqBusRuleTargetReplayResponse200",
    "PostV1DlqBusRuleTargetReplayResponse200FailedItem",
    "Problem",
    "ProblemErrorsItem",
    "PublishResult",
    "PublishResultEventsItem",
    "PublishResultEventsItemStatus",
    "Readiness",
    "ReadinessChecks",
    "ReadinessStatus",
    "Rule",
    "RuleInput",
    "RuleInputPattern",
    "RulePattern",
    "Scope",
    "Target",
    "TargetRetry",
    "TargetTransform",
    "TargetTransformInputPaths",
    "TargetType",
)

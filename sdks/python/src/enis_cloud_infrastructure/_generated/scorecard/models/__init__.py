""" Contains all the data models used in inputs/outputs """

from .anomaly import Anomaly
from .api_key import ApiKey
from .attainment import Attainment
from .attainment_outcome import AttainmentOutcome
from .change import Change
from .dashboard import Dashboard
from .dashboard_panels_item import DashboardPanelsItem
from .dashboard_request import DashboardRequest
from .dashboard_request_kpis_item_type_1 import DashboardRequestKpisItemType1
from .dashboard_request_time_range_type_0 import DashboardRequestTimeRangeType0
from .dashboard_request_time_range_type_1 import DashboardRequestTimeRangeType1
from .dashboard_time_range_type_0 import DashboardTimeRangeType0
from .dashboard_time_range_type_1 import DashboardTimeRangeType1
from .dashboard_view import DashboardView
from .dashboard_view_time_range_type_0 import DashboardViewTimeRangeType0
from .dashboard_view_time_range_type_1 import DashboardViewTimeRangeType1
from .forecast import Forecast
from .forecast_method import ForecastMethod
from .forecast_points_item import ForecastPointsItem
from .frozen_panel import FrozenPanel
from .frozen_panel_snapshot_type_1 import FrozenPanelSnapshotType1
from .frozen_panel_snapshot_type_1_status import FrozenPanelSnapshotType1Status
from .frozen_snapshot import FrozenSnapshot
from .frozen_snapshot_definition import FrozenSnapshotDefinition
from .frozen_snapshot_definition_direction import FrozenSnapshotDefinitionDirection
from .frozen_snapshot_definition_period import FrozenSnapshotDefinitionPeriod
from .frozen_snapshot_definition_period_granularity import FrozenSnapshotDefinitionPeriodGranularity
from .frozen_snapshot_definition_period_mode import FrozenSnapshotDefinitionPeriodMode
from .frozen_snapshot_definition_thresholds import FrozenSnapshotDefinitionThresholds
from .frozen_snapshot_definition_thresholds_mode import FrozenSnapshotDefinitionThresholdsMode
from .frozen_snapshot_period import FrozenSnapshotPeriod
from .frozen_snapshot_status import FrozenSnapshotStatus
from .get_health_live_response_200 import GetHealthLiveResponse200
from .get_openapi_json_response_200 import GetOpenapiJsonResponse200
from .get_v1_admin_keys_response_200 import GetV1AdminKeysResponse200
from .get_v1_analytics_kpis_id_trends_method import GetV1AnalyticsKpisIdTrendsMethod
from .get_v1_analytics_reports_id_format import GetV1AnalyticsReportsIdFormat
from .grafana_dashboard import GrafanaDashboard
from .grafana_dashboard_annotations import GrafanaDashboardAnnotations
from .grafana_dashboard_links_item import GrafanaDashboardLinksItem
from .grafana_dashboard_panels_item import GrafanaDashboardPanelsItem
from .grafana_dashboard_panels_item_datasource import GrafanaDashboardPanelsItemDatasource
from .grafana_dashboard_panels_item_field_config import GrafanaDashboardPanelsItemFieldConfig
from .grafana_dashboard_panels_item_grid_pos import GrafanaDashboardPanelsItemGridPos
from .grafana_dashboard_panels_item_options import GrafanaDashboardPanelsItemOptions
from .grafana_dashboard_panels_item_targets_item import GrafanaDashboardPanelsItemTargetsItem
from .grafana_dashboard_panels_item_type import GrafanaDashboardPanelsItemType
from .grafana_dashboard_templating import GrafanaDashboardTemplating
from .grafana_dashboard_templating_list_item import GrafanaDashboardTemplatingListItem
from .grafana_dashboard_time import GrafanaDashboardTime
from .inline_kpi import InlineKpi
from .inline_kpi_direction import InlineKpiDirection
from .inline_kpi_period import InlineKpiPeriod
from .inline_kpi_period_granularity import InlineKpiPeriodGranularity
from .inline_kpi_period_mode import InlineKpiPeriodMode
from .inline_kpi_thresholds import InlineKpiThresholds
from .inline_kpi_thresholds_mode import InlineKpiThresholdsMode
from .kpi import Kpi
from .kpi_definition import KpiDefinition
from .kpi_definition_direction import KpiDefinitionDirection
from .kpi_definition_period import KpiDefinitionPeriod
from .kpi_definition_period_granularity import KpiDefinitionPeriodGranularity
from .kpi_definition_period_mode import KpiDefinitionPeriodMode
from .kpi_definition_thresholds import KpiDefinitionThresholds
from .kpi_definition_thresholds_mode import KpiDefinitionThresholdsMode
from .kpi_direction import KpiDirection
from .kpi_list import KpiList
from .kpi_period import KpiPeriod
from .kpi_period_granularity import KpiPeriodGranularity
from .kpi_period_mode import KpiPeriodMode
from .kpi_thresholds import KpiThresholds
from .kpi_thresholds_mode import KpiThresholdsMode
from .panel import Panel
from .panel_current_type_1 import PanelCurrentType1
from .panel_period import PanelPeriod
from .panel_sparkline_item import PanelSparklineItem
from .panel_status import PanelStatus
from .post_v1_admin_keys_body import PostV1AdminKeysBody
from .post_v1_admin_keys_response_201 import PostV1AdminKeysResponse201
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .prom_ql_source import PromQlSource
from .pulled_source import PulledSource
from .readiness import Readiness
from .readiness_checks import ReadinessChecks
from .readiness_status import ReadinessStatus
from .recorded import Recorded
from .report import Report
from .report_document import ReportDocument
from .report_document_links import ReportDocumentLinks
from .report_document_period import ReportDocumentPeriod
from .report_links import ReportLinks
from .report_period import ReportPeriod
from .report_request import ReportRequest
from .report_request_period_type_0 import ReportRequestPeriodType0
from .report_request_period_type_1 import ReportRequestPeriodType1
from .report_request_schedule import ReportRequestSchedule
from .report_schedule import ReportSchedule
from .report_schedule_period import ReportSchedulePeriod
from .report_schedule_schedule import ReportScheduleSchedule
from .scope import Scope
from .snapshot import Snapshot
from .snapshot_definition import SnapshotDefinition
from .snapshot_definition_direction import SnapshotDefinitionDirection
from .snapshot_definition_period import SnapshotDefinitionPeriod
from .snapshot_definition_period_granularity import SnapshotDefinitionPeriodGranularity
from .snapshot_definition_period_mode import SnapshotDefinitionPeriodMode
from .snapshot_definition_thresholds import SnapshotDefinitionThresholds
from .snapshot_definition_thresholds_mode import SnapshotDefinitionThresholdsMode
from .snapshot_list import SnapshotList
from .snapshot_period import SnapshotPeriod
from .snapshot_status import SnapshotStatus
from .trend_report import TrendReport
from .trend_report_moving_average_item import TrendReportMovingAverageItem
from .trend_report_regression_type_1 import TrendReportRegressionType1
from .trend_report_series_item import TrendReportSeriesItem
from .value import Value
from .value_batch import ValueBatch
from .value_batch_values_item import ValueBatchValuesItem
from .value_list import ValueList

__all__ = (
    "Anomaly",
    "ApiKey",
    "Attainment",
    "AttainmentOutcome",
    "Change",
    "Dashboard",
    "DashboardPanelsItem",
    "DashboardRequest",
    "DashboardRequestKpisItemType1",
    "DashboardRequestTimeRangeType0",
    "DashboardRequestTimeRangeType1",
    "DashboardTimeRangeType0",
    "DashboardTimeRangeType1",
    "DashboardView",
    "DashboardViewTimeRangeType0",
    "DashboardViewTimeRangeType1",
    "Forecast",
    "ForecastMethod",
    "ForecastPointsItem",
    "FrozenPanel",
    "FrozenPanelSnapshotType1",
    "FrozenPanelSnapshotType1Status",
    "FrozenSnapshot",
    "FrozenSnapshotDefinition",
    "FrozenSnapshotDefinitionDirection",
    "FrozenSnapshotDefinitionPeriod",
    "FrozenSnapshotDefinitionPeriodGranularity",
    "FrozenSnapshotDefinitionPeriodMode",
    "FrozenSnapshotDefinitionThresholds",
    "FrozenSnapshotDefinitionThresholdsMode",
    "FrozenSnapshotPeriod",
    "FrozenSnapshotStatus",
    "GetHealthLiveResponse200",
    "GetOpenapiJsonResponse200",
    "GetV1AdminKeysResponse200",
    "GetV1AnalyticsKpisIdTrendsMethod",
    "GetV1AnalyticsReportsIdFormat",
    "GrafanaDashboard",
    "GrafanaDashboardAnnotations",
    "GrafanaDashboardLinksItem",
    "GrafanaDashboardPanelsItem",
    "GrafanaDashboardPanelsItemDatasource",
    "GrafanaDashboardPanelsItemFieldConfig",
    "GrafanaDashboardPanelsItemGridPos",
    "GrafanaDashboardPanelsItemOptions",
    "GrafanaDashboardPanelsItemTargetsItem",
    "GrafanaDashboardPanelsItemType",
    "GrafanaDashboardTemplating",
    "GrafanaDashboardTemplatingListItem",
    "GrafanaDashboardTime",
    "InlineKpi",
    "InlineKpiDirection",
    "InlineKpiPeriod",
    "InlineKpiPeriodGranularity",
    "InlineKpiPeriodMode",
    "InlineKpiThresholds",
    "InlineKpiThresholdsMode",
    "Kpi",
    "KpiDefinition",
    "KpiDefinitionDirection",
    "KpiDefinitionPeriod",
    "KpiDefinitionPeriodGranularity",
    "KpiDefinitionPeriodMode",
    "KpiDefinitionThresholds",
    "KpiDefinitionThresholdsMode",
    "KpiDirection",
    "KpiList",
    "KpiPeriod",
    "KpiPeriodGranularity",
    "KpiPeriodMode",
    "KpiThresholds",
    "KpiThresholdsMode",
    "Panel",
    "PanelCurrentType1",
    "PanelPeriod",
    "PanelSparklineItem",
    "PanelStatus",
    "PostV1AdminKeysBody",
    "PostV1AdminKeysResponse201",
    "Problem",
    "ProblemErrorsItem",
    "PromQlSource",
    "PulledSource",
    "Readiness",
    "ReadinessChecks",
    "ReadinessStatus",
    "Recorded",
    "Report",
    "ReportDocument",
    "ReportDocumentLinks",
    "ReportDocumentPeriod",
    "ReportLinks",
    "ReportPeriod",
    "ReportRequest",
    "ReportRequestPeriodType0",
    "ReportRequestPeriodType1",
    "ReportRequestSchedule",
    "ReportSchedule",
    "ReportSchedulePeriod",
    "ReportScheduleSchedule",
    "Scope",
    "Snapshot",
    "SnapshotDefinition",
    "SnapshotDefinitionDirection",
    "SnapshotDefinitionPeriod",
    "SnapshotDefinitionPeriodGranularity",
    "SnapshotDefinitionPeriodMode",
    "SnapshotDefinitionThresholds",
    "SnapshotDefinitionThresholdsMode",
    "SnapshotList",
    "SnapshotPeriod",
    "SnapshotStatus",
    "TrendReport",
    "TrendReportMovingAverageItem",
    "TrendReportRegressionType1",
    "TrendReportSeriesItem",
    "Value",
    "ValueBatch",
    "ValueBatchValuesItem",
    "ValueList",
)

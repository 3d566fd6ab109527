from enum import StrEnum

class GetV1MetricsPrometheusApiV1MetadataResponse200DataAdditionalPropertyItemType(StrEnum):
    COUNTER = "counter"
    GAUGE = "gauge"
    GAUGEHISTOGRAM = "gaugehistogram"
    HISTOGRAM = "histogram"
    INFO = "info"
    STATESET = "stateset"
    SUMMARY = "summary"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

package io.enis.observability.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.observability.ingest.PrometheusNames.Type;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OTLP names to Prometheus names: the results Prometheus' UnderscoreEscapingWithSuffixes translation gives. */
class PrometheusNamesTest {
    @ParameterizedTest(name = "{0} [{1}] {2} -> {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "http.server.request.duration|s|HISTOGRAM|http_server_request_duration_seconds",
                "system.memory.usage|By|GAUGE|system_memory_usage_bytes",
                "response_time|ms|GAUGE|response_time_milliseconds",
                "requests||COUNTER|requests_total",
                "requests_total||COUNTER|requests_total",
                "requests.total.count||COUNTER|requests_count_total",
                "items|1|COUNTER|items_total",
                "cpu_usage|1|GAUGE|cpu_usage_ratio",
                "cpu_usage_ratio|1|GAUGE|cpu_usage_ratio",
                "orders.placed|{order}|COUNTER|orders_placed_total",
                "requests|1/s|GAUGE|requests_per_second",
                "requests|1/s|COUNTER|requests_per_second_total",
                "throughput|By/s|GAUGE|throughput_bytes_per_second",
                "custom_metric|By/{custom}|GAUGE|custom_metric_bytes",
                "custom_metric|custom_unit|GAUGE|custom_metric_custom_unit",
                "duration_seconds|s|HISTOGRAM|duration_seconds",
                "metric__with__multiple__underscores|unit__multiple__underscores|GAUGE|metric_with_multiple_underscores_unit_multiple_underscores",
                "2xx.responses||GAUGE|_2xx_responses",
                "temperature|Cel|GAUGE|temperature_celsius",
                "disk.utilization|%|GAUGE|disk_utilization_percent",
                "rpc:latency|us|SUMMARY|rpc:latency_microseconds",
                "...||GAUGE|"
            })
    void metricNames(String name, String unit, Type type, String expected) {
        assertThat(PrometheusNames.metric(name, unit == null ? "" : unit, type))
                .isEqualTo(expected == null ? "" : expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "none",
            value = {
                "http.request.method|http_request_method",
                "payment_method|payment_method",
                "a..b|a__b",
                "1st|key_1st",
                "_private|key_private",
                "__reserved__|__reserved__",
                "ñame|key_ame",
                "_|key_",
                "__|none"
            })
    void labelNames(String key, String expected) {
        assertThat(PrometheusNames.label(key)).isEqualTo(expected == null ? "" : expected);
    }
}

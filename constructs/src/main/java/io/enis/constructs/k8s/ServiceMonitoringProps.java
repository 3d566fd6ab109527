package io.enis.constructs.k8s;

import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Props of {@link ServiceMonitoring}; build with {@link #builder()}.
 *
 * @param name required: the service (and its namespace), as in {@link ServiceDeploymentProps#name()}
 * @param runbookBaseUrl required: where {@code docs/runbooks/} is browsable, e.g.
 *     {@code https://github.com/org/repo/blob/main/docs/runbooks}
 * @param latencyP95Seconds default 0.5 (seed 000)
 * @param latencyP99Seconds default 1.0 (seed 000)
 * @param errorRatio share of 5xx responses that alerts; default 0.01
 * @param prometheusRelease the kube-prometheus-stack release label Prometheus selects rules and
 *     monitors by; default {@code kube-prometheus-stack}
 */
@RecordBuilder
public record ServiceMonitoringProps(
        String name,
        String runbookBaseUrl,
        Double latencyP95Seconds,
        Double latencyP99Seconds,
        Double errorRatio,
        String prometheusRelease) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or out of range */
    public ServiceMonitoringProps {
        Require require = Require.of("ServiceMonitoringProps");
        require.matches("name", name, ServiceDeploymentProps.DNS_LABEL, "use the service's Kubernetes name");
        require.matches(
                "runbookBaseUrl", runbookBaseUrl, "https://\\S+[^/]", "use an https URL without a trailing '/'");
        latencyP95Seconds = latencyP95Seconds == null ? 0.5 : latencyP95Seconds;
        latencyP99Seconds = latencyP99Seconds == null ? 1.0 : latencyP99Seconds;
        errorRatio = errorRatio == null ? 0.01 : errorRatio;
        require.check(
                latencyP95Seconds > 0 && latencyP95Seconds <= latencyP99Seconds,
                "latencyP95Seconds",
                "is " + latencyP95Seconds + "; allowed: above 0 and at most latencyP99Seconds " + latencyP99Seconds);
        require.check(
                errorRatio > 0 && errorRatio < 1, "errorRatio", "is " + errorRatio + "; allowed: between 0 and 1");
        prometheusRelease = prometheusRelease == null ? "kube-prometheus-stack" : prometheusRelease;
    }

    public static ServiceMonitoringPropsBuilder builder() {
        return ServiceMonitoringPropsBuilder.builder();
    }
}

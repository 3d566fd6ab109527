package io.enis.constructs.platform;

import io.enis.constructs.aws.eks.EksCluster;
import io.enis.constructs.core.OrderedMap;
import io.enis.constructs.helm.HelmChart;
import java.util.List;
import software.constructs.Construct;

/**
 * The add-ons every ENIS cluster runs, each a pinned chart with typed values:
 * External Secrets (CRDs for the services' secrets), metrics-server (HPA metrics), the AWS Load
 * Balancer Controller (ALB ingress), cluster-autoscaler, Velero (cluster-state backups),
 * kube-prometheus-stack (Prometheus, Alertmanager, Grafana) and tracing (OpenTelemetry Collector
 * and Jaeger, optionally also exporting to a {@link TraceDestination}); and persistent volumes (the
 * EBS CSI driver and an encrypted gp3 StorageClass, {@link #STORAGE_CLASS}); with a {@link MetricsEngine}
 * in the props, Grafana Mimir (namespace {@link #METRICS_NAMESPACE}, gateway {@link #METRICS_WRITE_URL}
 * and {@link #METRICS_QUERY_URL}). The Kubernetes and Helm providers of the scope must point at the cluster.
 */
public final class ClusterAddons extends Construct {
    /** The key of the chart applying plain manifests (SecretStores, ExternalSecrets) through Helm. */
    public static final String RAW_CHART = "raw";
    /** The chart keys the props must provide. */
    public static final List<String> CHART_KEYS = List.of(
            "external-secrets",
            "metrics-server",
            "aws-load-balancer-controller",
            "cluster-autoscaler",
            "velero",
            "kube-prometheus-stack",
            "opentelemetry-collector",
            "jaeger",
            MimirAddon.CHART,
            RAW_CHART);
    /** Namespace of Prometheus; service network policies admit it. */
    public static final String MONITORING_NAMESPACE = MonitoringAddon.NAMESPACE;
    /** The default StorageClass: encrypted gp3 EBS volumes (Prometheus and services with storage claim it). */
    public static final String STORAGE_CLASS = StorageAddon.STORAGE_CLASS;
    /** OTLP/HTTP endpoint for the services' traces (the collector's port {@link #TRACING_PORT}). */
    public static final String TRACING_ENDPOINT = TracingAddon.COLLECTOR_ENDPOINT;
    /** The port of {@link #TRACING_ENDPOINT}, for the services' egress policies. */
    public static final int TRACING_PORT = TracingAddon.COLLECTOR_HTTP_PORT;
    /** Namespace of the OpenTelemetry Collector; a {@link TraceDestination} in the cluster admits it. */
    public static final String TRACING_NAMESPACE = TracingAddon.NAMESPACE;

    /** Namespace of Grafana Mimir, when the props have a {@link MetricsEngine}. */
    public static final String METRICS_NAMESPACE = MimirAddon.NAMESPACE;
    /** Mimir's Prometheus remote-write 1.0 endpoint (through its gateway); needs {@code X-Scope-OrgID}. */
    public static final String METRICS_WRITE_URL = MimirAddon.PUSH_URL;
    /** Base URL of Mimir's Prometheus HTTP API (through its gateway); needs {@code X-Scope-OrgID}. */
    public static final String METRICS_QUERY_URL = MimirAddon.QUERY_URL;
    /** The port of Mimir's gateway pods, for the clients' egress policies. */
    public static final int METRICS_PORT = MimirAddon.GATEWAY_POD_PORT;

    private final ClusterAddonsProps props;
    private final HelmChart externalSecrets;

    public ClusterAddons(Construct scope, String id, ClusterAddonsProps props) {
        super(scope, id);
        this.props = props;
        this.externalSecrets = Addons.chart(
                this,
                "ExternalSecrets",
                props,
                "external-secrets",
                "external-secrets",
                "external-secrets",
                OrderedMap.of("installCRDs", true, "replicaCount", 2),
                List.of());
        Addons.chart(
                this,
                "MetricsServer",
                props,
                "metrics-server",
                "metrics-server",
                "kube-system",
                OrderedMap.of("replicas", 2),
                List.of());
        new LoadBalancerControllerAddon(this, "LoadBalancerController", props);
        new ClusterAutoscalerAddon(this, "ClusterAutoscaler", props);
        new StorageAddon(this, "Storage", props);
        new BackupAddon(this, "Backups", props);
        new MonitoringAddon(this, "Monitoring", props, externalSecrets.release());
        new TracingAddon(this, "Tracing", props, externalSecrets.release());
        if (props.metricsEngine() != null) {
            new MimirAddon(this, "Metrics", props, props.metricsEngine());
        }
    }

    /** The External Secrets release; what uses its CRDs depends on it. */
    public HelmChart externalSecrets() {
        return externalSecrets;
    }

    /** The cluster the add-ons run in. */
    public EksCluster cluster() {
        return props.cluster();
    }

    /** The pinned chart of {@code key}, one of {@link #CHART_KEYS}. */
    ChartRef chart(String key) {
        return props.chart(key);
    }
}

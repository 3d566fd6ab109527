package io.enis.constructs.platform;

import com.hashicorp.cdktf.ITerraformDependable;
import io.enis.constructs.aws.iam.Permission;
import io.enis.constructs.aws.iam.ServiceRole;
import io.enis.constructs.core.OrderedMap;
import io.enis.constructs.helm.HelmChart;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * kube-prometheus-stack in namespace {@code monitoring}: Prometheus (retention and scrape interval
 * from the props, 50 GiB gp3 volume, every ServiceMonitor and PrometheusRule labelled with the
 * release), Alertmanager routing by severity to receivers whose URLs and keys are read from files
 * synced from Secrets Manager (never in Terraform), and Grafana with the dashboard sidecar and its
 * admin credentials from Secrets Manager. The secrets are synced by External Secrets with a
 * SecretStore that authenticates as this add-on's own IRSA role; the store and ExternalSecrets are
 * applied by Helm (chart {@code raw}) so that planning does not need the CRDs.
 */
final class MonitoringAddon extends Construct {
    static final String NAMESPACE = "monitoring";
    static final String RECEIVERS_SECRET = "alertmanager-receivers";
    static final String GRAFANA_SECRET = "grafana-admin";
    private static final String SERVICE_ACCOUNT = "monitoring-secrets";
    private static final String SECRET_STORE = "aws-secrets-manager";

    MonitoringAddon(Construct scope, String id, ClusterAddonsProps props, ITerraformDependable externalSecrets) {
        super(scope, id);
        List<String> secretNames = new ArrayList<>();
        props.receivers().forEach(receiver -> secretNames.add(receiver.secretName()));
        secretNames.add(props.grafanaAdminSecret());
        ServiceRole role = Addons.role(this, props, "monitoring", NAMESPACE, SERVICE_ACCOUNT, List.of(
                Permission.allow("ReadAlertingSecrets", List.of("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
                        secretNames.stream().map(name -> props.account().arn("secretsmanager", "secret:" + name + "-*")).toList())));

        HelmChart secrets = Addons.chart(this, "Secrets", props, "raw", "monitoring-secrets", NAMESPACE,
                OrderedMap.of("resources", secretResources(props, role)), List.of(externalSecrets));
        Addons.chart(this, "Chart", props, "kube-prometheus-stack", "kube-prometheus-stack", NAMESPACE, values(props),
                List.of(secrets.release()));
    }

    private static List<Object> secretResources(ClusterAddonsProps props, ServiceRole role) {
        List<Object> receiverData = new ArrayList<>();
        props.receivers().forEach(receiver -> receiverData.add(OrderedMap.of(
                "secretKey", receiver.name(), "remoteRef", OrderedMap.of("key", receiver.secretName()))));
        List<Object> resources = new ArrayList<>(Addons.secretStore(role, SERVICE_ACCOUNT, SECRET_STORE, props.account().region()));
        resources.add(Addons.externalSecret(RECEIVERS_SECRET, SECRET_STORE, receiverData));
        resources.add(Addons.externalSecret(GRAFANA_SECRET, SECRET_STORE, List.of(
                OrderedMap.of("secretKey", "admin-user", "remoteRef", OrderedMap.of("key", props.grafanaAdminSecret(), "property", "admin-user")),
                OrderedMap.of("secretKey", "admin-password", "remoteRef", OrderedMap.of("key", props.grafanaAdminSecret(), "property", "admin-password")))));
        return resources;
    }

    private static Map<String, Object> values(ClusterAddonsProps props) {
        String interval = props.scrapeIntervalSeconds() + "s";
        return OrderedMap.of(
                "prometheus", OrderedMap.of("prometheusSpec", OrderedMap.of(
                        "retention", props.prometheusRetentionDays() + "d",
                        "scrapeInterval", interval,
                        "evaluationInterval", interval,
                        "serviceMonitorSelectorNilUsesHelmValues", true,
                        "ruleSelectorNilUsesHelmValues", true,
                        "storageSpec", OrderedMap.of("volumeClaimTemplate", OrderedMap.of("spec", OrderedMap.of(
                                "storageClassName", "gp3", "accessModes", List.of("ReadWriteOnce"),
                                "resources", OrderedMap.of("requests", OrderedMap.of("storage", "50Gi"))))),
                        "resources", OrderedMap.of("requests", OrderedMap.of("cpu", "500m", "memory", "2Gi"),
                                "limits", OrderedMap.of("memory", "4Gi")))),
                "alertmanager", OrderedMap.of(
                        "config", alertmanagerConfig(props),
                        "alertmanagerSpec", OrderedMap.of("secrets", List.of(RECEIVERS_SECRET))),
                "grafana", OrderedMap.of(
                        "admin", OrderedMap.of("existingSecret", GRAFANA_SECRET, "userKey", "admin-user", "passwordKey", "admin-password"),
                        "sidecar", OrderedMap.of("dashboards", OrderedMap.of("enabled", true, "label", "grafana_dashboard",
                                "labelValue", "1", "searchNamespace", "ALL"))));
    }

    /** Routes: each severity goes to every receiver that lists it; a catch-all goes to the first receiver. */
    private static Map<String, Object> alertmanagerConfig(ClusterAddonsProps props) {
        String secretDir = "/etc/alertmanager/secrets/" + RECEIVERS_SECRET + "/";
        List<Object> receivers = new ArrayList<>();
        props.receivers().forEach(receiver -> receivers.add(switch (receiver.type()) {
            case SLACK -> OrderedMap.of("name", receiver.name(), "slack_configs", List.of(OrderedMap.of(
                    "api_url_file", secretDir + receiver.name(), "send_resolved", true,
                    "title", "{{ .CommonAnnotations.summary }}", "text", "{{ .CommonAnnotations.description }}")));
            case PAGERDUTY -> OrderedMap.of("name", receiver.name(), "pagerduty_configs", List.of(OrderedMap.of(
                    "routing_key_file", secretDir + receiver.name(), "send_resolved", true)));
            case WEBHOOK -> OrderedMap.of("name", receiver.name(), "webhook_configs", List.of(OrderedMap.of(
                    "url_file", secretDir + receiver.name(), "send_resolved", true)));
        }));
        List<Object> routes = new ArrayList<>();
        for (AlertSeverity severity : AlertSeverity.values()) {
            props.receivers().stream().filter(r -> r.severities().contains(severity)).forEach(receiver -> routes.add(OrderedMap.of(
                    "receiver", receiver.name(), "matchers", List.of("severity=\"" + severity.value() + "\""), "continue", true)));
        }
        return OrderedMap.of(
                "route", OrderedMap.of("receiver", props.receivers().get(0).name(),
                        "group_by", List.of("alertname", "namespace"),
                        "group_wait", "30s", "group_interval", "5m", "repeat_interval", "4h",
                        "routes", routes),
                "receivers", receivers);
    }
}

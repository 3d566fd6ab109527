package io.enis.constructs.platform;

import io.enis.constructs.aws.eks.EksCluster;
import io.enis.constructs.aws.kms.EncryptionKey;
import io.enis.constructs.aws.s3.SecureBucket;
import io.enis.constructs.core.AwsAccount;
import io.enis.constructs.core.Naming;
import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Props of {@link ClusterAddons}; build with {@link #builder()}.
 *
 * @param naming required
 * @param account required
 * @param cluster required: the cluster the add-ons run in (providers must point at it)
 * @param vpcId required: for the AWS Load Balancer Controller
 * @param charts default {@link DefaultCharts#pinned()}; when set, a pinned chart for every key of
 *     {@link ClusterAddons#CHART_KEYS} ({@code mimir-distributed} only with a {@code metricsEngine}; start
 *     from {@link DefaultCharts#withVersions(Map)} to change a few)
 * @param prometheusRetentionDays default 30 (seed 000)
 * @param scrapeIntervalSeconds default 15 (seed 000)
 * @param receivers required: at least one Alertmanager receiver
 * @param grafanaAdminSecret required: Secrets Manager secret with keys {@code admin-user} and {@code admin-password}
 * @param backupBucket required: where Velero writes cluster backups
 * @param dataKey required: the key of the backup bucket and of EBS snapshots
 * @param backupSchedule required: Velero cron schedule
 * @param backupRetentionDays required: how long backups are kept
 * @param ebsCsiDriverVersion required: the EKS add-on version of the Amazon EBS CSI driver for the
 *                            cluster's Kubernetes version ({@code aws eks describe-addon-versions})
 * @param traceDestination default none (traces go to Jaeger only): where the OpenTelemetry Collector
 *                         also exports every trace, with an API key from Secrets Manager
 * @param metricsEngine default none (observability keeps metrics in its own store): Grafana Mimir,
 *                      its bucket, clients and sizing
 */
@RecordBuilder
public record ClusterAddonsProps(
        Naming naming,
        AwsAccount account,
        EksCluster cluster,
        String vpcId,
        Map<String, ChartRef> charts,
        Integer prometheusRetentionDays,
        Integer scrapeIntervalSeconds,
        List<AlertReceiver> receivers,
        String grafanaAdminSecret,
        SecureBucket backupBucket,
        EncryptionKey dataKey,
        String backupSchedule,
        Integer backupRetentionDays,
        String ebsCsiDriverVersion,
        TraceDestination traceDestination,
        MetricsEngine metricsEngine) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value or a chart is missing */
    public ClusterAddonsProps {
        Require require = Require.of("ClusterAddonsProps");
        require.present("naming", naming);
        require.present("account", account);
        require.present("cluster", cluster);
        require.text("vpcId", vpcId);
        charts = charts == null ? DefaultCharts.pinned() : require.map(charts);
        List<String> missing = new ArrayList<>(ClusterAddons.CHART_KEYS);
        missing.removeAll(charts.keySet());
        if (metricsEngine == null) {
            // Mimir's chart is only installed with a metrics engine
            missing.remove(MimirAddon.CHART);
        }
        require.check(
                missing.isEmpty(),
                "charts",
                "lacks " + missing + "; allowed: a ChartRef for each of " + ClusterAddons.CHART_KEYS);
        prometheusRetentionDays = require.range(
                "prometheusRetentionDays", prometheusRetentionDays == null ? 30 : prometheusRetentionDays, 1, 3650);
        scrapeIntervalSeconds = require.range(
                "scrapeIntervalSeconds", scrapeIntervalSeconds == null ? 15 : scrapeIntervalSeconds, 5, 300);
        receivers = require.notEmpty("receivers", receivers);
        require.text("grafanaAdminSecret", grafanaAdminSecret);
        require.present("backupBucket", backupBucket);
        require.present("dataKey", dataKey);
        require.matches("backupSchedule", backupSchedule, "(\\S+\\s+){4}\\S+", "use a five-field cron expression");
        require.range("backupRetentionDays", require.present("backupRetentionDays", backupRetentionDays), 1, 3650);
        require.matches(
                "ebsCsiDriverVersion",
                ebsCsiDriverVersion,
                "v\\d+\\.\\d+\\.\\d+-eksbuild\\.\\d+",
                "an EKS add-on version such as v1.28.0-eksbuild.1 (aws eks describe-addon-versions --addon-name aws-ebs-csi-driver)");
    }

    /** The chart of an add-on. */
    ChartRef chart(String key) {
        return charts.get(key);
    }

    public static ClusterAddonsPropsBuilder builder() {
        return ClusterAddonsPropsBuilder.builder();
    }
}

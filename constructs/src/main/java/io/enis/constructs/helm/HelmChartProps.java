package io.enis.constructs.helm;

import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * Props of {@link HelmChart}; build with {@link #builder()}.
 *
 * @param releaseName required: the Helm release name, a DNS label
 * @param namespace required: created when missing
 * @param repository required: chart repository URL (https)
 * @param chart required: chart name in the repository
 * @param version required: exact chart version (ranges are refused)
 * @param values the chart values as any Jackson-serializable object (records, maps); serialized to
 *     JSON, which Helm reads as YAML. Terraform references inside strings resolve. Default none.
 * @param timeoutSeconds how long Helm waits for the release to become ready; default 600
 * @param dependsOn what must be applied first (e.g. the release installing CRDs this chart uses); default none
 */
@RecordBuilder
public record HelmChartProps(
        String releaseName,
        String namespace,
        String repository,
        String chart,
        String version,
        Object values,
        Integer timeoutSeconds,
        java.util.List<com.hashicorp.cdktf.ITerraformDependable> dependsOn) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing or the version is not exact */
    public HelmChartProps {
        Require require = Require.of("HelmChartProps");
        require.matches(
                "releaseName",
                releaseName,
                "[a-z0-9]([-a-z0-9]{0,51}[a-z0-9])?",
                "use a DNS label of at most 53 characters");
        require.matches("namespace", namespace, "[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?", "use a Kubernetes DNS label");
        require.matches("repository", repository, "https://\\S+", "use an https chart repository URL");
        require.text("chart", chart);
        require.matches(
                "version",
                version,
                "v?[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?",
                "use an exact chart version such as 56.6.2, never a range");
        dependsOn = require.list(dependsOn);
        timeoutSeconds = require.range("timeoutSeconds", timeoutSeconds == null ? 600 : timeoutSeconds, 30, 3600);
    }

    public static HelmChartPropsBuilder builder() {
        return HelmChartPropsBuilder.builder();
    }
}

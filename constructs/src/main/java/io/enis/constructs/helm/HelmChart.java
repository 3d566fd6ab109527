package io.enis.constructs.helm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.hashicorp.cdktf.providers.helm.release.Release;
import com.hashicorp.cdktf.providers.helm.release.ReleaseConfig;
import io.enis.constructs.core.InvalidPropsException;
import java.util.List;
import software.constructs.Construct;

/**
 * A {@code helm_release} with the chart, repository and version pinned and the values serialized
 * from Java objects by Jackson (never YAML string concatenation). Always atomic (a failed upgrade
 * rolls back), cleaned up on failure, waits for readiness, keeps 10 revisions, creates its namespace.
 */
public final class HelmChart extends Construct {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private final Release release;

    public HelmChart(Construct scope, String id, HelmChartProps props) {
        super(scope, id);
        var config = ReleaseConfig.builder()
                .name(props.releaseName())
                .namespace(props.namespace())
                .createNamespace(true)
                .repository(props.repository())
                .chart(props.chart())
                .version(props.version())
                .atomic(true)
                .cleanupOnFail(true)
                .wait(true)
                .timeout(props.timeoutSeconds())
                .maxHistory(10)
                .dependsOn(props.dependsOn());
        if (props.values() != null) {
            config.values(List.of(serialize(props.values())));
        }
        this.release = new Release(this, "Release", config.build());
    }

    static String serialize(Object values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new InvalidPropsException(
                    "HelmChartProps", "values", "cannot be serialized to JSON: " + e.getOriginalMessage());
        }
    }

    /** The underlying {@code helm_release}, e.g. for {@code dependsOn}. */
    public Release release() {
        return release;
    }
}

package io.enis.constructs.platform;

import io.enis.constructs.core.Require;
import io.soabase.recordbuilder.core.RecordBuilder;

/**
 * A pinned Helm chart; build with {@link #builder()}, or take one of {@link DefaultCharts}.
 *
 * @param repository required: chart repository URL
 * @param chart required: chart name in the repository
 * @param version required: exact version
 */
@RecordBuilder
public record ChartRef(String repository, String chart, String version) {

    /** @throws io.enis.constructs.core.InvalidPropsException when a value is missing */
    public ChartRef {
        Require require = Require.of("ChartRef");
        require.text("repository", repository);
        require.text("chart", chart);
        require.text("version", version);
    }

    public static ChartRefBuilder builder() {
        return ChartRefBuilder.builder();
    }

    /** This chart at another version (an environment trying an upgrade). */
    public ChartRef atVersion(String otherVersion) {
        return new ChartRef(repository, chart, otherVersion);
    }
}

package io.enis.constructs.platform;

import io.enis.constructs.core.Require;

/**
 * A pinned Helm chart.
 *
 * @param repository chart repository URL
 * @param chart chart name
 * @param version exact version
 */
public record ChartRef(String repository, String chart, String version) {
    public ChartRef {
        Require require = Require.of("ChartRef");
        require.text("repository", repository);
        require.text("chart", chart);
        require.text("version", version);
    }
}

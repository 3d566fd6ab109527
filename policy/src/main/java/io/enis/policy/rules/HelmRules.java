package io.enis.policy.rules;

import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.policy.Severity;
import io.enis.policy.model.Values;
import java.util.List;
import java.util.regex.Pattern;

/** Helm releases: what they install is pinned. */
final class HelmRules {
    /** An exact chart version, optionally with a leading v and a pre-release: never a range or a wildcard. */
    private static final Pattern EXACT = Pattern.compile("v?\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?");

    private HelmRules() {}

    static List<Rule> all() {
        return List.of(Rule.of(
                info(
                        "ENIS-HELM-001",
                        Severity.HIGH,
                        "Helm releases pin an exact chart version",
                        "Without a version (or with a range) every plan may install whatever the chart repository "
                                + "published last: an unreviewed upgrade of a cluster add-on, such as the metrics engine.",
                        "Install charts through ClusterAddons (DefaultCharts pins each one); override a pin in "
                                + "addons.chartVersions with an exact version.",
                        null,
                        soc2("CC8.1"),
                        iso("A.8.32"),
                        pci("6.5.1")),
                Rule.each("helm_release", (model, release) -> {
                    JsonNode version = release.at("version");
                    if (version.isMissingNode()
                            || version.isNull()
                            || version.asText().isBlank()) {
                        return "installs chart " + release.at("chart").asText("?") + " without a version";
                    }
                    if (Values.unknown(version)
                            || EXACT.matcher(version.asText()).matches()) {
                        return null;
                    }
                    return "installs chart " + release.at("chart").asText("?") + " at '" + version.asText()
                            + "', not an exact version";
                })));
    }
}

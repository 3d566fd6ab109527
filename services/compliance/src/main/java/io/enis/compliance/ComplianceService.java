package io.enis.compliance;

import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.CatalogueViews;
import io.enis.compliance.scan.PolicyCoverage;
import io.enis.kit.app.ServiceDefinition;
import io.enis.kit.app.ServiceLauncher;
import io.enis.kit.app.ServiceRuntime;
import io.enis.kit.config.Settings;
import io.enis.policy.rules.Rules;
import java.util.Set;

/**
 * The compliance service: a catalogue of frameworks and controls mapped across frameworks, audits with
 * per-control status as of any date, evidence (uploads, links and policy scans of our own Terraform),
 * a tamper-evident audit log and reports. Start: {@code java -jar services/compliance/target/enis-compliance.jar}.
 */
public final class ComplianceService implements ServiceDefinition<ComplianceConfig> {

    public static void main(String[] args) {
        ServiceLauncher.launch(new ComplianceService(), args);
    }

    @Override
    public String name() {
        return "compliance";
    }

    /** 8084 locally (observability 8081 … cloud-bus 8085); the stacks set {@code PORT=8080}. */
    @Override
    public int defaultPort() {
        return 8084;
    }

    /** Seed 000: 3K requests per minute per key. */
    @Override
    public int defaultRateLimitPerMinute() {
        return 3_000;
    }

    @Override
    public Set<String> scopes() {
        return Scopes.ALL;
    }

    @Override
    public ComplianceConfig readConfig(Settings settings) {
        return ComplianceConfig.read(settings);
    }

    @Override
    public void install(ServiceRuntime runtime, ComplianceConfig config) {
        Catalogue catalogue = Catalogue.shipped();
        PolicyCoverage coverage = new PolicyCoverage(Rules.all());
        new CatalogueRoutes(new CatalogueViews(catalogue, coverage)).register(runtime.api());
    }
}

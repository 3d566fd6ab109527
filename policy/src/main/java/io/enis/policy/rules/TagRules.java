package io.enis.policy.rules;

import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.policy.Severity;
import io.enis.policy.model.TerraformResource;
import java.util.ArrayList;
import java.util.List;

/** Required tags: in the AWS provider's default_tags (Terraform JSON) or each resource's tags_all (plan). */
final class TagRules {
    static final List<String> REQUIRED = List.of("Project", "Environment", "Owner", "CostCenter");

    private TagRules() {}

    static List<Rule> all() {
        return List.of(Rule.of(
                info(
                        "ENIS-TAG-001",
                        Severity.LOW,
                        "AWS resources carry the required tags",
                        "Owner and cost center tags route incidents and costs; Project and Environment scope access policies.",
                        "Use AwsStackSetup (provider default_tags from the environment's tags).",
                        null,
                        soc2("CC2.1"),
                        iso("A.5.9")),
                model -> {
                    List<Violation> violations = new ArrayList<>();
                    boolean hasAwsResources = model.all().stream()
                            .anyMatch(r -> !r.data() && r.type().startsWith("aws_"));
                    if (!hasAwsResources) {
                        return violations;
                    }
                    boolean plan = model.all().stream().anyMatch(r -> r.values().has("tags_all"));
                    if (plan) {
                        for (TerraformResource resource : model.all()) {
                            JsonNode tags = resource.values().path("tags_all");
                            if (tags.isObject()) {
                                List<String> lacking = REQUIRED.stream()
                                        .filter(tag -> !tags.has(tag))
                                        .toList();
                                if (!lacking.isEmpty()) {
                                    violations.add(new Violation(resource, "lacks the tags " + lacking));
                                }
                            }
                        }
                        return violations;
                    }
                    List<String> missing = new ArrayList<>(REQUIRED);
                    for (JsonNode provider : model.providers().path("aws")) {
                        JsonNode tags = provider.path("default_tags").path(0).path("tags");
                        missing.removeIf(tags::has);
                    }
                    if (!missing.isEmpty()) {
                        TerraformResource first = model.all().stream()
                                .filter(r -> !r.data() && r.type().startsWith("aws_"))
                                .findFirst()
                                .orElseThrow();
                        violations.add(new Violation(first, "the AWS provider's default_tags lack " + missing));
                    }
                    return violations;
                }));
    }
}

package io.enis.policy.rules;

import static io.enis.policy.Control.iso;
import static io.enis.policy.Control.pci;
import static io.enis.policy.Control.soc2;
import static io.enis.policy.rules.Rules.info;

import io.enis.policy.Severity;
import io.enis.policy.model.Values;
import java.util.List;

/** ECR repositories: immutable tags, scanning, KMS, lifecycle. */
final class EcrRules {
    private static final String REPOSITORY = "aws_ecr_repository";

    private EcrRules() {}

    static List<Rule> all() {
        return List.of(
                Rule.of(
                        info(
                                "ENIS-ECR-001",
                                Severity.MEDIUM,
                                "ECR tags are immutable",
                                "A mutable tag lets a pushed image silently replace the released one.",
                                "Use ContainerRegistry (IMMUTABLE tags).",
                                "CKV_AWS_51",
                                soc2("CC8.1"),
                                iso("A.8.32"),
                                pci("6.5.1")),
                        Rule.each(
                                REPOSITORY,
                                (model, repository) -> "IMMUTABLE"
                                                .equals(repository
                                                        .at("image_tag_mutability")
                                                        .asText())
                                        ? null
                                        : "has mutable tags")),
                Rule.of(
                        info(
                                "ENIS-ECR-002",
                                Severity.MEDIUM,
                                "ECR scans images on push",
                                "Known vulnerabilities are found before an image is deployed.",
                                "Use ContainerRegistry (scan on push).",
                                "CKV_AWS_163",
                                soc2("CC7.1"),
                                iso("A.8.8"),
                                pci("6.3.3")),
                        Rule.each(
                                REPOSITORY,
                                (model, repository) ->
                                        Values.isTrue(repository.at("image_scanning_configuration.scan_on_push"))
                                                ? null
                                                : "does not scan on push")),
                Rule.of(
                        info(
                                "ENIS-ECR-003",
                                Severity.LOW,
                                "ECR repositories are encrypted with a customer-managed key",
                                "Images may contain configuration and code worth protecting like data.",
                                "Use ContainerRegistry (KMS with the data key).",
                                "CKV_AWS_136",
                                iso("A.8.24"),
                                pci("3.5.1")),
                        Rule.each(
                                REPOSITORY,
                                (model, repository) -> "KMS"
                                                .equals(repository
                                                        .at("encryption_configuration.encryption_type")
                                                        .asText())
                                        ? null
                                        : "is not encrypted with a KMS key")),
                Rule.of(
                        info(
                                "ENIS-ECR-004",
                                Severity.LOW,
                                "ECR repositories have a lifecycle policy",
                                "Without one, untagged and old images accumulate (cost, stale vulnerable images).",
                                "Use ContainerRegistry (untagged images expire, newest N kept).",
                                null,
                                iso("A.8.10")),
                        Rule.each(
                                REPOSITORY,
                                (model, repository) ->
                                        model.pointingAt(repository, "aws_ecr_lifecycle_policy", "repository")
                                                        .isEmpty()
                                                ? "has no lifecycle policy"
                                                : null)));
    }
}

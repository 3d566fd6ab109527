package io.enis.compliance.certifications;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.compliance.evidence.Evidence;
import io.enis.compliance.evidence.EvidenceKind;
import io.enis.compliance.evidence.EvidenceResult;
import io.enis.compliance.evidence.EvidenceType;
import io.enis.kit.json.Json;
import io.enis.policy.Severity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a level's requirements against the evidence of an audit, as of a time.
 *
 * <ul>
 *   <li>{@code infrastructure_scan}: the audit has scans, and in the latest scan of each stack no rule of
 *       severity high or critical has unsuppressed findings; the latest scan is at most {@link #MAX_AGE} old.
 *   <li>every other type: the newest passing evidence of that type was collected at most {@link #MAX_AGE}
 *       before now.
 * </ul>
 */
public final class Requirements {
    /** How old the evidence a requirement rests on may be: one year. */
    public static final Duration MAX_AGE = Duration.ofDays(365);

    private Requirements() {}

    /** Each requirement of {@code level} in order, with whether it holds in {@code evidence} at {@code nowMs}. */
    public static List<RequirementResult> check(CertificationLevel level, List<Evidence> evidence, long nowMs) {
        List<RequirementResult> out = new ArrayList<>();
        for (EvidenceType type : level.requirements()) {
            out.add(type == EvidenceType.INFRASTRUCTURE_SCAN ? scans(evidence, nowMs) : typed(type, evidence, nowMs));
        }
        return out;
    }

    private static RequirementResult typed(EvidenceType type, List<Evidence> evidence, long nowMs) {
        Optional<Evidence> newest = evidence.stream()
                .filter(e -> e.type() == type && e.result() == EvidenceResult.PASS)
                .max(Comparator.comparingLong(Evidence::collectedAtMs));
        if (newest.isEmpty()) {
            return new RequirementResult(
                    type, false, "no evidence of type " + type.label() + " in the audit", List.of());
        }
        Evidence e = newest.get();
        long days = Duration.ofMillis(nowMs - e.collectedAtMs()).toDays();
        if (nowMs - e.collectedAtMs() > MAX_AGE.toMillis()) {
            return new RequirementResult(
                    type,
                    false,
                    "the newest " + type.label() + " evidence, " + e.id() + ", was collected " + days
                            + " days ago (at most " + MAX_AGE.toDays() + ")",
                    List.of());
        }
        return new RequirementResult(type, true, e.title(), List.of(e.id()));
    }

    /** The latest scan of each stack: the newest evidence of each rule on that stack. */
    private static RequirementResult scans(List<Evidence> evidence, long nowMs) {
        Map<String, Evidence> newestByRule = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (e.kind() == EvidenceKind.SCAN) {
                newestByRule.merge(e.sourceKey(), e, (a, b) -> b.recordedAtMs() >= a.recordedAtMs() ? b : a);
            }
        }
        EvidenceType type = EvidenceType.INFRASTRUCTURE_SCAN;
        if (newestByRule.isEmpty()) {
            return new RequirementResult(
                    type,
                    false,
                    "no infrastructure scan in the audit (POST /v1/compliance/audit/{audit}/scan)",
                    List.of());
        }
        Map<String, List<String>> blocking = new TreeMap<>();
        Set<String> stacks = new TreeSet<>();
        long latest = 0;
        for (Evidence e : newestByRule.values()) {
            latest = Math.max(latest, e.collectedAtMs());
            JsonNode detail = Json.parse(e.detailJson().getBytes(StandardCharsets.UTF_8));
            Severity severity = Severity.parse(detail.path("severity").asText());
            stacks.add(detail.path("stack").asText());
            if (e.result() == EvidenceResult.FAIL && severity.atLeast(Severity.HIGH)) {
                blocking.computeIfAbsent(detail.path("stack").asText(), k -> new ArrayList<>())
                        .add(detail.path("rule").asText() + " (" + severity.label() + ")");
            }
        }
        if (!blocking.isEmpty()) {
            return new RequirementResult(
                    type,
                    false,
                    "the latest scan has high or critical findings: "
                            + blocking.toString().replace("=", ": ").replaceAll("[{}]", ""),
                    List.of());
        }
        if (nowMs - latest > MAX_AGE.toMillis()) {
            return new RequirementResult(
                    type,
                    false,
                    "the latest scan is " + Duration.ofMillis(nowMs - latest).toDays() + " days old (at most "
                            + MAX_AGE.toDays() + ")",
                    List.of());
        }
        List<String> ids =
                newestByRule.values().stream().map(Evidence::id).sorted().toList();
        return new RequirementResult(
                type,
                true,
                "the latest scan of " + String.join(", ", stacks) + " has no high or critical findings",
                ids);
    }
}

package io.enis.compliance.audits;

import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.Control;
import io.enis.compliance.catalogue.ControlRef;
import io.enis.compliance.evidence.Evidence;
import io.enis.compliance.evidence.EvidenceResult;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides each control's status at a date from the decisions and evidence known then:
 *
 * <ol>
 *   <li>a not_applicable decision in force → not_applicable;
 *   <li>a waiver in force → waived until its expiry, failing after it ("waiver expired");
 *   <li>otherwise the evidence: on the control itself or on a control whose evidence counts for it
 *       ({@link Catalogue#evidenceSources}), collected by the date, the newest of each source (a later
 *       scan of the same rule and stack replaces an earlier one). Any failing → failing; else any
 *       passing within the control's freshness window → passing; else failing, because the evidence is
 *       stale or there is none.
 * </ol>
 */
public final class Assessor {
    private final Catalogue catalogue;

    public Assessor(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The status of every control of {@code controls} at {@code asOfMs}. */
    public List<ControlStatus> assess(
            List<Control> controls, List<Decision> decisions, List<Evidence> evidence, long asOfMs) {
        Map<ControlRef, Decision> inForce = new HashMap<>();
        decisions.stream().filter(d -> d.decidedAtMs() <= asOfMs).forEach(d -> inForce.put(d.control(), d));
        Map<ControlRef, List<Evidence>> byControl = new HashMap<>();
        for (Evidence e : evidence) {
            if (e.collectedAtMs() <= asOfMs && e.recordedAtMs() <= asOfMs) {
                e.controls()
                        .forEach(c -> byControl
                                .computeIfAbsent(c, k -> new ArrayList<>())
                                .add(e));
            }
        }
        List<ControlStatus> out = new ArrayList<>(controls.size());
        for (Control c : controls) {
            out.add(assess(c, inForce.get(c.ref()), byControl, asOfMs));
        }
        return out;
    }

    private ControlStatus assess(Control c, Decision decision, Map<ControlRef, List<Evidence>> byControl, long asOfMs) {
        List<Evidence> latest = latestPerSource(c.ref(), byControl);
        if (decision != null && decision.kind() == DecisionKind.NOT_APPLICABLE) {
            return status(
                    c,
                    ControlState.NOT_APPLICABLE,
                    List.of("not applicable: " + decision.justification()),
                    decision,
                    latest);
        }
        if (decision != null && decision.kind() == DecisionKind.WAIVED) {
            String until = Instant.ofEpochMilli(decision.expiresAtMs()).toString();
            if (decision.expiresAtMs() > asOfMs) {
                return status(
                        c,
                        ControlState.WAIVED,
                        List.of("waived until " + until + " (approved by " + decision.approver() + "): "
                                + decision.justification()),
                        decision,
                        latest);
            }
            return status(c, ControlState.FAILING, List.of("waiver expired on " + until), decision, latest);
        }
        List<String> failed = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        boolean fresh = false;
        long window = Duration.ofDays(c.freshnessDays()).toMillis();
        for (Evidence e : latest) {
            if (e.result() == EvidenceResult.FAIL) {
                failed.add("failed: " + e.title());
            } else if (asOfMs - e.collectedAtMs() <= window) {
                fresh = true;
            } else {
                stale.add("stale: " + e.title() + " was collected " + Instant.ofEpochMilli(e.collectedAtMs())
                        + ", older than the control's " + c.freshnessDays() + "-day freshness window");
            }
        }
        if (!failed.isEmpty()) {
            return status(c, ControlState.FAILING, failed, decision, latest);
        }
        if (fresh) {
            return status(c, ControlState.PASSING, List.of(), decision, latest);
        }
        return status(c, ControlState.FAILING, stale.isEmpty() ? List.of("no evidence") : stale, decision, latest);
    }

    private List<Evidence> latestPerSource(ControlRef ref, Map<ControlRef, List<Evidence>> byControl) {
        Map<String, Evidence> latest = new LinkedHashMap<>();
        for (ControlRef source : catalogue.evidenceSources(ref)) {
            for (Evidence e : byControl.getOrDefault(source, List.of())) {
                latest.merge(e.sourceKey(), e, (a, b) -> NEWEST.compare(a, b) >= 0 ? a : b);
            }
        }
        return latest.values().stream().sorted(NEWEST.reversed()).toList();
    }

    private static final Comparator<Evidence> NEWEST = Comparator.comparingLong(Evidence::collectedAtMs)
            .thenComparingLong(Evidence::recordedAtMs)
            .thenComparing(Evidence::id);

    private static ControlStatus status(
            Control c, ControlState state, List<String> reasons, Decision decision, List<Evidence> evidence) {
        return new ControlStatus(
                c.framework(), c.id(), c.ref().toString(), c.title(), state, List.copyOf(reasons), decision, evidence);
    }
}

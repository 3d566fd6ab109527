package io.enis.observability.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import io.enis.kit.outbound.OutboundPolicy;
import io.enis.observability.ingest.MetricNames;
import io.enis.observability.query.Expr;
import io.enis.observability.query.PromQlParser;
import io.enis.observability.query.QueryException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an alert rule from a request body, checking every field (the query parses, durations are
 * Prometheus durations up to 24h, label names are valid, the webhook is an absolute http(s) URL outside the denied networks) and
 * reporting all problems at once.
 */
final class AlertRuleRequest {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_:-]{0,199}");
    private static final Pattern ANY = Pattern.compile("(?s).{0,4096}");
    private static final Duration MAX_DURATION = Duration.ofHours(24);

    private AlertRuleRequest() {
    }

    /**
     * @param outbound where the webhook may point
     * @throws io.enis.kit.domain.InvalidInputException naming each invalid field
     */
    static AlertRule parse(byte[] body, String id, String tenant, Instant createdAt, Instant now, OutboundPolicy outbound) {
        JsonNode n = Json.parse(body);
        Fields f = new Fields();
        if (f.requireObject(n, "") == null) {
            f.throwIfInvalid();
        }
        String name = f.requiredText(n, "name", "name", NAME, "1 to 200 characters: letters, digits, _ : - (starting with a letter or _)");
        String query = f.requiredText(n, "query", "query", ANY, "a query of at most 4096 characters");
        if (query != null) {
            try {
                Expr e = PromQlParser.parse(query);
                if (e instanceof Expr.NumberLiteral) {
                    f.reject("query", "must select series, not be a constant");
                }
            } catch (QueryException e) {
                f.reject("query", e.getMessage());
            }
        }
        String symbol = f.requiredText(n, "comparison", "comparison", Pattern.compile(">|>=|<|<=|==|!="), "one of >, >=, <, <=, ==, !=");
        Double threshold = f.requiredNumber(n, "threshold", "threshold");
        Duration forDuration = bounded(f, f.optionalDuration(n, "for", "for"), "for");
        Duration keep = bounded(f, f.optionalDuration(n, "keepFiringFor", "keepFiringFor"), "keepFiringFor");
        Map<String, String> labels = MetricNames.labels(f, n, "labels");
        Map<String, String> annotations = f.stringMap(n, "annotations", "annotations", MetricNames.LABEL, MetricNames.LABEL_ALLOWED, 30);
        String webhook = f.optionalText(n, "webhookUrl", "webhookUrl", OutboundPolicy.URL, OutboundPolicy.URL_ALLOWED);
        if (webhook != null) {
            outbound.checkUrl(f, "webhookUrl", webhook);
        }
        f.throwIfInvalid();
        return new AlertRule(id, tenant, name, query, AlertRule.Comparison.of(symbol), threshold,
                forDuration == null ? Duration.ZERO : forDuration, keep == null ? Duration.ZERO : keep,
                labels, annotations, webhook, createdAt == null ? now : createdAt, now);
    }

    private static Duration bounded(Fields f, Duration d, String field) {
        if (d != null && d.compareTo(MAX_DURATION) > 0) {
            f.reject(field, "must be at most 24h");
            return null;
        }
        return d;
    }
}

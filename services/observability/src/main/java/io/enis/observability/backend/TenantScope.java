package io.enis.observability.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.observability.backend.RemoteSettings.Tenancy;
import io.enis.observability.query.PromQlParser;
import io.enis.observability.query.PromQlWriter;
import io.enis.observability.query.Selectors;
import io.enis.observability.tsdb.Matcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How one tenant's writes and queries are confined to its own series in the engine.
 *
 * <ul>
 *   <li>{@link Tenancy#HEADER}: the engine separates tenants itself; the tenant goes as
 *       {@code X-Scope-OrgID}; queries and selectors pass unchanged (the engine's full PromQL).
 *   <li>{@link Tenancy#LABEL}: every written series carries {@value #LABEL}{@code =<tenant>}; every
 *       query is parsed by the service's own parser (its PromQL subset) and written back with that
 *       matcher first in every selector, so no selector — whatever its other matchers, regexes or
 *       negations — can reach another tenant's series; the label is removed from every answer.
 * </ul>
 */
final class TenantScope {
    /** The label that carries the tenant in {@link Tenancy#LABEL} mode. */
    static final String LABEL = "enis_tenant";

    private final Tenancy tenancy;

    TenantScope(Tenancy tenancy) {
        this.tenancy = tenancy;
    }

    boolean byLabel() {
        return tenancy == Tenancy.LABEL;
    }

    /** The {@code X-Scope-OrgID} to send, or null. */
    String header(String tenant) {
        return byLabel() ? null : tenant;
    }

    /** The label added to every written series, or null. */
    Map.Entry<String, String> writeLabel(String tenant) {
        return byLabel() ? Map.entry(LABEL, tenant) : null;
    }

    /**
     * The query to send.
     *
     * @throws io.enis.observability.query.QueryException in label mode, when it does not parse
     */
    String query(String tenant, String query) {
        return byLabel() ? PromQlWriter.scoped(PromQlParser.parse(query), own(tenant)) : query;
    }

    /** The {@code match[]} selectors to send; in label mode never none (the tenant's own series). */
    List<String> selectors(String tenant, List<String> selectors) {
        if (!byLabel()) {
            return selectors;
        }
        if (selectors.isEmpty()) {
            return List.of(PromQlWriter.selector(List.of(own(tenant))));
        }
        List<String> out = new ArrayList<>(selectors.size());
        for (String s : selectors) {
            List<Matcher> matchers = new ArrayList<>();
            matchers.add(own(tenant));
            matchers.addAll(Selectors.matchers(s));
            out.add(PromQlWriter.selector(matchers));
        }
        return out;
    }

    /** Removes the tenant label from a {@code metric} object of an answer (label mode). */
    JsonNode strip(JsonNode metric) {
        if (byLabel() && metric instanceof ObjectNode o) {
            o.remove(LABEL);
        }
        return metric;
    }

    private static Matcher own(String tenant) {
        return Matcher.of(LABEL, Matcher.Op.EQ, tenant);
    }
}

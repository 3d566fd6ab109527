package io.enis.observability.query;

import io.enis.observability.query.Expr.VectorSelector;
import io.enis.observability.tsdb.Matcher;
import java.util.List;

/** Series selectors ({@code match[]} of the Prometheus API): {@code up}, {@code {job=~"api|web"}}. */
public final class Selectors {
    private Selectors() {}

    /**
     * The matchers of one series selector.
     *
     * @throws QueryException naming the selector when it does not parse or is not a plain selector
     */
    public static List<Matcher> matchers(String selector) {
        Expr parsed;
        try {
            parsed = PromQlParser.parse(selector);
        } catch (QueryException e) {
            throw new QueryException("'" + selector + "': " + e.getMessage());
        }
        if (!(parsed instanceof VectorSelector vs)) {
            throw new QueryException(
                    "'" + selector + "' is not a series selector; expected for example up or {job=\"api\"}");
        }
        return vs.matchers();
    }
}

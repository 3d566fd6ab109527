package io.enis.observability.query;

import io.enis.observability.query.Expr.Aggregate;
import io.enis.observability.query.Expr.Binary;
import io.enis.observability.query.Expr.Call;
import io.enis.observability.query.Expr.MatrixSelector;
import io.enis.observability.query.Expr.NumberLiteral;
import io.enis.observability.query.Expr.VectorSelector;
import io.enis.observability.tsdb.Matcher;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Writes a parsed query back as PromQL that Prometheus (and Mimir, Cortex, Thanos) parses to the same
 * tree: every selector in the {@code {__name__="x",job="api"}} form, ranges in milliseconds, both
 * operands of arithmetic in parentheses. With {@link #scoped} every selector gets one more matcher
 * first, which is how a tenant's queries are confined to its own series on an engine that shares one
 * label space between tenants.
 */
public final class PromQlWriter {
    private PromQlWriter() {}

    /** {@code expr} as PromQL text. */
    public static String write(Expr expr) {
        StringBuilder out = new StringBuilder();
        write(expr, out);
        return out.toString();
    }

    /** {@code expr} with {@code extra} added to every selector, as PromQL text. */
    public static String scoped(Expr expr, Matcher extra) {
        return write(rewrite(expr, vs -> {
            List<Matcher> matchers = new ArrayList<>(vs.matchers().size() + 1);
            matchers.add(extra);
            matchers.addAll(vs.matchers());
            return new VectorSelector(List.copyOf(matchers));
        }));
    }

    /** One selector's matchers as {@code {a="b",c=~"d"}}. */
    public static String selector(List<Matcher> matchers) {
        StringBuilder out = new StringBuilder();
        selector(matchers, out);
        return out.toString();
    }

    private static Expr rewrite(Expr expr, UnaryOperator<VectorSelector> f) {
        if (expr instanceof VectorSelector vs) {
            return f.apply(vs);
        }
        if (expr instanceof MatrixSelector ms) {
            return new MatrixSelector(f.apply(ms.selector()), ms.rangeMillis());
        }
        if (expr instanceof Call c) {
            return new Call(
                    c.function(), c.args().stream().map(a -> rewrite(a, f)).toList());
        }
        if (expr instanceof Aggregate a) {
            return new Aggregate(a.op(), a.grouping(), a.without(), rewrite(a.arg(), f));
        }
        if (expr instanceof Binary b) {
            return new Binary(b.op(), rewrite(b.left(), f), rewrite(b.right(), f));
        }
        return expr; // a number
    }

    private static void write(Expr expr, StringBuilder out) {
        if (expr instanceof NumberLiteral n) {
            out.append(number(n.value()));
        } else if (expr instanceof VectorSelector vs) {
            selector(vs.matchers(), out);
        } else if (expr instanceof MatrixSelector ms) {
            selector(ms.selector().matchers(), out);
            out.append('[').append(ms.rangeMillis()).append("ms]");
        } else if (expr instanceof Call c) {
            out.append(c.function().promqlName()).append('(');
            for (int i = 0; i < c.args().size(); i++) {
                if (i > 0) {
                    out.append(", ");
                }
                write(c.args().get(i), out);
            }
            out.append(')');
        } else if (expr instanceof Aggregate a) {
            out.append(a.op().name().toLowerCase(Locale.ROOT));
            if (a.without() || !a.grouping().isEmpty()) {
                out.append(a.without() ? " without (" : " by (")
                        .append(String.join(", ", a.grouping()))
                        .append(") ");
            }
            out.append('(');
            write(a.arg(), out);
            out.append(')');
        } else if (expr instanceof Binary b) {
            out.append('(');
            write(b.left(), out);
            out.append(") ").append(b.op()).append(" (");
            write(b.right(), out);
            out.append(')');
        }
    }

    private static void selector(List<Matcher> matchers, StringBuilder out) {
        out.append('{');
        for (int i = 0; i < matchers.size(); i++) {
            Matcher m = matchers.get(i);
            if (i > 0) {
                out.append(',');
            }
            out.append(m.name())
                    .append(
                            switch (m.op()) {
                                case EQ -> "=";
                                case NEQ -> "!=";
                                case RE -> "=~";
                                case NRE -> "!~";
                            })
                    .append('"');
            quote(m.value(), out);
            out.append('"');
        }
        out.append('}');
    }

    private static void quote(String value, StringBuilder out) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
    }

    private static String number(double v) {
        if (Double.isNaN(v)) return "NaN";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        return BigDecimal.valueOf(v).toPlainString();
    }
}

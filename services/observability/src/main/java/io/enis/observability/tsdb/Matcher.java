package io.enis.observability.tsdb;

import java.util.regex.Pattern;

/** A label matcher of a selector: {@code =}, {@code !=}, {@code =~}, {@code !~} (regexes fully anchored). */
public record Matcher(String name, Op op, String value, Pattern pattern) {
    /** {@code =}, {@code !=}, {@code =~}, {@code !~}. */
    public enum Op {
        EQ,
        NEQ,
        RE,
        NRE
    }

    /** @throws java.util.regex.PatternSyntaxException for an invalid regex */
    public static Matcher of(String name, Op op, String value) {
        Pattern p = op == Op.RE || op == Op.NRE ? Pattern.compile("^(?:" + value + ")$") : null;
        return new Matcher(name, op, value, p);
    }

    /** Whether {@code labels} satisfy this matcher (a missing label counts as the empty string). */
    public boolean matches(Labels labels) {
        String v = labels.get(name);
        String actual = v == null ? "" : v;
        return switch (op) {
            case EQ -> actual.equals(value);
            case NEQ -> !actual.equals(value);
            case RE -> pattern.matcher(actual).matches();
            case NRE -> !pattern.matcher(actual).matches();
        };
    }
}

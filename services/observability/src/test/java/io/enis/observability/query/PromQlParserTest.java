package io.enis.observability.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.enis.observability.query.Expr.Aggregate;
import io.enis.observability.query.Expr.Aggregation;
import io.enis.observability.query.Expr.Binary;
import io.enis.observability.query.Expr.Call;
import io.enis.observability.query.Expr.Function;
import io.enis.observability.query.Expr.MatrixSelector;
import io.enis.observability.query.Expr.NumberLiteral;
import io.enis.observability.query.Expr.VectorSelector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The parser on its own: the tree it builds, and errors that name the position (the HTTP tests check the answers). */
class PromQlParserTest {
    @Test
    void multiplicationBindsTighterThanAdditionAndEqualPrecedenceGroupsToTheLeft() {
        assertThat(PromQlParser.parse("1 + 2 * 3")).isEqualTo(new Binary('+', num(1), new Binary('*', num(2), num(3))));
        assertThat(PromQlParser.parse("8 - 4 - 2")).isEqualTo(new Binary('-', new Binary('-', num(8), num(4)), num(2)));
        assertThat(PromQlParser.parse("8 / 4 * 2")).isEqualTo(new Binary('*', new Binary('/', num(8), num(4)), num(2)));
        assertThat(PromQlParser.parse("(1 + 2) * 3")).isEqualTo(new Binary('*', new Binary('+', num(1), num(2)), num(3)));
        assertThat(PromQlParser.parse("rate(x[5m]) * 100")).isInstanceOfSatisfying(Binary.class, b -> {
            assertThat(b.op()).isEqualTo('*');
            assertThat(b.left()).isInstanceOf(Call.class);
        });
    }

    @Test
    void selectorsCarryTheMetricNameAndEveryMatcher() {
        var selector = (VectorSelector) PromQlParser.parse("http_requests_total{job=\"api\", code=~\"5..\", env!=\"dev\", path!~\"/h.*\"}");
        assertThat(selector.matchers()).extracting(m -> m.name() + " " + m.op() + " " + m.value()).containsExactly(
                "__name__ EQ http_requests_total", "job EQ api", "code RE 5..", "env NEQ dev", "path NRE /h.*");
    }

    @ParameterizedTest(name = "[{0}] is {1} ms")
    @CsvSource({"30s, 30000", "5m, 300000", "1h, 3600000", "2d, 172800000", "1h30m, 5400000", "250ms, 250"})
    void rangeDurations(String range, long millis) {
        var call = (Call) PromQlParser.parse("rate(x[" + range + "])");
        assertThat(((MatrixSelector) call.args().get(0)).rangeMillis()).isEqualTo(millis);
    }

    @Test
    void functionsAndAggregationsWithTheirArguments() {
        var quantile = (Call) PromQlParser.parse("histogram_quantile(0.99, sum by (le) (rate(latency_bucket[5m])))");
        assertThat(quantile.function()).isEqualTo(Function.HISTOGRAM_QUANTILE);
        assertThat(quantile.args().get(0)).isEqualTo(num(0.99));
        var sum = (Aggregate) quantile.args().get(1);
        assertThat(sum.op()).isEqualTo(Aggregation.SUM);
        assertThat(sum.grouping()).containsExactly("le");
        assertThat(sum.without()).isFalse();
        assertThat(((Call) sum.arg()).function()).isEqualTo(Function.RATE);

        var without = (Aggregate) PromQlParser.parse("max without (instance, pod) (up)");
        assertThat(without.without()).isTrue();
        assertThat(without.grouping()).containsExactly("instance", "pod");
        for (Function f : Function.values()) {
            if (f.takesRange) {
                assertThat(((Call) PromQlParser.parse(f.promqlName() + "(x[1m])")).function()).isEqualTo(f);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "up offset 5m                | position 4: unexpected 'offset 5m'",
        "rate(x[5m]                  | position 11: expected",
        "rate(x[0s])                 | position 8: range '0s' must be positive",
        "rate(x)                     | position 8: rate takes one range vector, for example rate(metric[5m])",
        "sum(x[5m])                  | needs an instant vector, not a range vector",
        "frobnicate(x)               | position 1: unknown function 'frobnicate'",
        "x{job=~\"(\"}                 | invalid regular expression for job",
        "x{job=\"api}                 | unterminated string",
        "{job=~\".*\"}                 | a selector needs a metric name",
        "x + y                       | arithmetic between two vectors is not supported",
        "sum by (job (x)             | position 13: expected"})
    void errorsSayWhereAndWhatIsAllowed(String query, String message) {
        assertThatThrownBy(() -> PromQlParser.parse(query.strip())).isInstanceOf(QueryException.class)
                .hasMessageContaining(message.strip());
    }

    @Test
    void emptyAndOverlongQueriesAreRefused() {
        assertThatThrownBy(() -> PromQlParser.parse(" ")).hasMessage("the query is empty");
        assertThatThrownBy(() -> PromQlParser.parse("x+" + "1+".repeat(2100) + "1")).hasMessageContaining("longer than 4096");
    }

    private static NumberLiteral num(double v) {
        return new NumberLiteral(v);
    }
}

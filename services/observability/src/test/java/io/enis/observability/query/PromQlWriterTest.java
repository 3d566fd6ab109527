package io.enis.observability.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.observability.tsdb.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PromQlWriterTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "up",
                "http_requests_total{job=~\"api|web\",code!=\"200\",path!~\"/health.*\"}",
                "sum by (job) (rate(http_requests_total[5m])) * 100",
                "histogram_quantile(0.99, sum by (le) (rate(latency_bucket[1m])))",
                "max without (instance) (avg_over_time(temp{room=\"a \\\"b\\\" \\\\ c\"}[1h]))",
                "1 - count(up) / 4",
            })
    void writtenQueriesParseToTheSameTree(String query) {
        Expr parsed = PromQlParser.parse(query);
        assertThat(PromQlParser.parse(PromQlWriter.write(parsed)).toString()).isEqualTo(parsed.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"up", "sum(rate(x{a=~\".*\"}[5m])) + 1", "{__name__=~\".+\",enis_tenant=\"other\"}"})
    void scopedQueriesCarryTheMatcherInEverySelector(String query) {
        Matcher own = Matcher.of("enis_tenant", Matcher.Op.EQ, "mine");
        String scoped = PromQlWriter.scoped(PromQlParser.parse(query), own);
        int selectors = scoped.split("\\{", -1).length - 1;
        assertThat(scoped.split("enis_tenant=\"mine\"", -1).length - 1).isEqualTo(selectors);
    }
}

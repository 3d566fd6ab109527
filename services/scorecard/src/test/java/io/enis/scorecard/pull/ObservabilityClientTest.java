package io.enis.scorecard.pull;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What observability's answers mean for a KPI (the bodies as its Prometheus API writes them). */
class ObservabilityClientTest {
    private static ObservabilityClient.Answer answer(int status, String body) {
        return ObservabilityClient.answer(status, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aScalarOrOneSeriesIsASample() {
        assertThat(answer(200, """
                {"status": "success", "data": {"resultType": "scalar", "result": [1737453600.000, "42.5"]}}""")).isEqualTo(new ObservabilityClient.Sample(42.5));
        assertThat(answer(200, """
                {"status": "success", "data": {"resultType": "vector",
                 "result": [{"metric": {"service": "api"}, "value": [1737453600.000, "0.085"]}]}}""")).isEqualTo(new ObservabilityClient.Sample(0.085));
        assertThat(answer(200, """
                {"status": "success", "data": {"resultType": "vector",
                 "result": [{"metric": {}, "value": [1737453600.000, "+Inf"]}]}}""")).isEqualTo(new ObservabilityClient.Sample(Double.POSITIVE_INFINITY));
    }

    @Test
    void noSeriesAndSeveralSeriesAreSaidSo() {
        assertThat(answer(200, "{\"status\": \"success\", \"data\": {\"resultType\": \"vector\", \"result\": []}}"))
                .isEqualTo(new ObservabilityClient.NoData());
        assertThat(answer(200, """
                {"status": "success", "data": {"resultType": "vector", "result": [
                 {"metric": {"a": "1"}, "value": [1, "1"]}, {"metric": {"a": "2"}, "value": [1, "2"]}]}}""")).isEqualTo(new ObservabilityClient.SeveralSeries(2));
    }

    @Test
    void onlyA400NamingTheQueryIsARefusedQuery() {
        assertThat(answer(400, """
                {"type": "https://enis.dev/problems/validation", "title": "Invalid request", "status": 400,
                 "detail": "query: unexpected end of input", "errors": [{"field": "query", "message": "unexpected end of input"}]}""")).isEqualTo(new ObservabilityClient.Refused("unexpected end of input"));
        assertThat(answer(400, """
                {"status": 400, "detail": "X-Scope-OrgID: bad", "errors": [{"field": "X-Scope-OrgID", "message": "bad"}]}""")).isInstanceOf(ObservabilityClient.Unreachable.class);
    }

    @Test
    void anythingElseIsNoAnswer() {
        assertThat(answer(401, "{}")).isInstanceOf(ObservabilityClient.Unreachable.class);
        assertThat(((ObservabilityClient.Unreachable) answer(403, "{}")).why()).contains("OBSERVABILITY_API_KEY");
        assertThat(answer(503, "")).isInstanceOf(ObservabilityClient.Unreachable.class);
        assertThat(answer(200, "<html>proxy</html>")).isInstanceOf(ObservabilityClient.Unreachable.class);
        assertThat(answer(200, "{\"data\": {\"resultType\": \"matrix\", \"result\": []}}"))
                .isInstanceOf(ObservabilityClient.Refused.class);
    }
}

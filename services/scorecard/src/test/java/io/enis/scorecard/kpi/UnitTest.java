package io.enis.scorecard.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitTest {
    private static Unit u(String s) {
        return Unit.parse(s).orElseThrow();
    }

    @Test
    void durationsAndRatesConvertWithinTheirDimension() {
        assertThat(u("ms").convert(0.25, u("s"))).isCloseTo(250, within(1e-12));
        assertThat(u("s").convert(1500, u("ms"))).isCloseTo(1.5, within(1e-12));
        assertThat(u("min").convert(2, u("h"))).isCloseTo(120, within(1e-12));
        assertThat(u("req/min").convert(2, u("req/s"))).isCloseTo(120, within(1e-12));
        assertThat(u("req/s").convert(60_000, u("req/min"))).isCloseTo(1000, within(1e-9));
        assertThat(u("req/s").convertibleFrom(u("orders/s"))).isFalse();
        assertThat(u("ms").convertibleFrom(u("req/s"))).isFalse();
        assertThat(u("EUR").convertibleFrom(u("EUR"))).isTrue();
        assertThat(u("EUR").convertibleFrom(u("USD"))).isFalse();
        assertThat(u("%").isDuration()).isFalse();
        assertThat(Unit.parse("req per sec")).isEmpty();
        assertThat(Unit.parse("x".repeat(21))).isEmpty();
    }
}

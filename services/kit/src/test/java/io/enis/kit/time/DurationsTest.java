package io.enis.kit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {
    @ParameterizedTest
    @CsvSource({
        "500ms,PT0.5S,500ms",
        "30s,PT30S,30s",
        "90s,PT1M30S,1m30s",
        "1h30m,PT1H30M,1h30m",
        "7d,PT168H,7d",
        "1w,PT168H,7d",
        "0s,PT0S,0s"
    })
    void parsesPrometheusNotationAndFormatsTheShortestForm(String text, String iso, String formatted) {
        Duration d = Durations.parse(text);
        assertThat(d).isEqualTo(Duration.parse(iso));
        assertThat(Durations.format(d)).isEqualTo(formatted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5", "m5", "5 m", "-5s", "1.5h", "5min"})
    void refusesAnythingElseSayingWhatIsAllowed(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("30s, 5m, 1h30m");
    }

    @ParameterizedTest
    @ValueSource(strings = {"36501d", "101y", "32830941138179113w", "99999999999999999999s", "9223372036854775807ms1d"})
    void refusesDurationsTooLongToBeMeantInsteadOfOverflowing(String text) {
        assertThatThrownBy(() -> Durations.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 36500 days");
    }
}

package io.enis.kit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
    @Test
    void defaultsApplyToAbsentAndBlankValuesAndEverySettingIsDocumented() {
        Settings s = new Settings(Map.of("B", " "));
        assertThat(s.integer("A", 7, 1, 10, "a number")).isEqualTo(7);
        assertThat(s.string("B", "x", "a string")).isEqualTo("x");
        assertThat(s.duration("C", Duration.ofSeconds(5), Duration.ZERO, "a duration"))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(s.choice("D", "info", List.of("INFO", "WARN"), "a level")).isEqualTo("INFO");
        assertThat(s.optional("E", "optional")).isEmpty();
        s.requireValid();
        assertThat(s.documented()).extracting(Settings.SettingDoc::name).containsExactly("A", "B", "C", "D", "E");
        assertThat(s.documented().get(2).defaultValue()).isEqualTo("5s");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Settings s = new Settings(Map.of("A", "11", "C", "1s", "D", "loud", "F", "x y"));
        s.integer("A", 7, 1, 10, "a number");
        s.duration("C", Duration.ofSeconds(5), Duration.ofSeconds(2), "a duration");
        s.choice("D", "INFO", List.of("INFO", "WARN"), "a level");
        s.matching("F", null, java.util.regex.Pattern.compile("\\w+"), "a word", "a word");
        assertThatThrownBy(s::requireValid)
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).problems())
                        .containsExactly(
                                "A=11: must be between 1 and 10",
                                "C=1s: must be at least 2s",
                                "D='loud': must be one of INFO, WARN",
                                "F='x y': must be a word"));
    }

    @Test
    void twoSettingsThatGoTogetherAreBothSetOrNeither() {
        Settings both = new Settings(Map.of("URL", "http://x", "KEY", "k"));
        assertThat(both.bothOrNeither("URL", "the URL", "KEY", "its key")).contains(new Settings.Pair("http://x", "k"));
        both.requireValid();
        assertThat(both.documented()).extracting(Settings.SettingDoc::name).containsExactly("URL", "KEY");

        Settings neither = new Settings(Map.of());
        assertThat(neither.bothOrNeither("URL", "the URL", "KEY", "its key")).isEmpty();
        neither.requireValid();

        Settings one = new Settings(Map.of("KEY", "k"));
        assertThat(one.bothOrNeither("URL", "the URL", "KEY", "its key")).isEmpty();
        assertThatThrownBy(one::requireValid)
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("URL and KEY: set both or neither");
    }
}

package io.enis.scorecard.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptHeaderTest {
    @Test
    void browsersGetHtmlEverythingElseJson() {
        assertThat(AcceptHeader.prefersHtml("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"))
                .isTrue();
        assertThat(AcceptHeader.prefersHtml("text/html")).isTrue();
        assertThat(AcceptHeader.prefersHtml("application/json;q=0.5, text/*")).isTrue();
        assertThat(AcceptHeader.prefersHtml(null)).isFalse();
        assertThat(AcceptHeader.prefersHtml("*/*")).isFalse();
        assertThat(AcceptHeader.prefersHtml("application/json")).isFalse();
        assertThat(AcceptHeader.prefersHtml("text/html, application/json"))
                .as("a tie")
                .isFalse();
        assertThat(AcceptHeader.prefersHtml("text/html;q=0.2, */*;q=0.5")).isFalse();
        assertThat(AcceptHeader.prefersHtml("text/html;q=oops")).isFalse();
    }

    @Test
    void gzipWhenTheClientTakesIt() {
        assertThat(AcceptHeader.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(AcceptHeader.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(AcceptHeader.acceptsGzip("*")).isTrue();
        assertThat(AcceptHeader.acceptsGzip(null)).isFalse();
        assertThat(AcceptHeader.acceptsGzip("identity")).isFalse();
        assertThat(AcceptHeader.acceptsGzip("br")).isFalse();
        assertThat(AcceptHeader.acceptsGzip("gzip;q=0, *"))
                .as("refused by name")
                .isFalse();
        assertThat(AcceptHeader.acceptsGzip("*;q=0")).isFalse();
    }
}

package io.enis.scorecard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.app.KitServer;
import io.enis.kit.app.RunningService;
import io.enis.kit.testing.MutableClock;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import io.enis.scorecard.ScorecardService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard page in a real headless chromium (Chrome DevTools Protocol): it loads with no console
 * errors, no exceptions, no resource blocked (by the Content-Security-Policy or otherwise) and no
 * failed request; every panel has its SVG sparkline with a line and a goal line; a phone-sized
 * screenshot is kept as {@code target/browser/dashboard.png}. The API key goes in an
 * {@code Authorization} header set through CDP ({@code Network.setExtraHTTPHeaders}).
 */
class DashboardPageBrowserTest {
    static final Instant NOW = Instant.parse("2025-03-20T10:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void thePageLoadsCleanlyWithItsSparklinesInAHeadlessChromium() throws Exception {
        Chromium.binary(); // skip before starting anything when there is no browser
        Map<String, String> env = new HashMap<>(TestStores.env(TestStores.Store.EMBEDDED, dataDir));
        RunningService service = KitServer.start(new ScorecardService(), env, new MutableClock(NOW));
        try (Chromium browser = Chromium.start(390, 844)) {
            TestClient admin = new TestClient(service.baseUrl(), TestStores.ADMIN_KEY);
            String dashboard = dashboard(admin);

            browser.send("Runtime.enable", Map.of());
            browser.send("Log.enable", Map.of());
            browser.send("Network.enable", Map.of());
            browser.send("Page.enable", Map.of());
            browser.send(
                    "Network.setExtraHTTPHeaders",
                    Map.of("headers", Map.of("Authorization", "Bearer " + TestStores.ADMIN_KEY)));
            browser.send(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
            JsonNode nav = browser.send(
                    "Page.navigate", Map.of("url", service.baseUrl() + "/v1/analytics/dashboard/" + dashboard));
            assertThat(nav.has("errorText")).as(nav.toString()).isFalse();
            browser.await("Page.loadEventFired", 60);

            JsonNode response = browser.events("Network.responseReceived").stream()
                    .filter(e -> e.at("/params/type").asText().equals("Document"))
                    .findFirst()
                    .orElseThrow()
                    .at("/params/response");
            assertThat(response.get("status").asInt()).isEqualTo(200);
            assertThat(response.get("mimeType").asText()).isEqualTo("text/html");
            assertThat(header(response, "content-security-policy")).contains("default-src 'none'");

            assertThat(number(browser, "document.querySelectorAll('svg.spark').length"))
                    .isEqualTo(2);
            assertThat(number(browser, "document.querySelectorAll('svg.spark polyline.line').length"))
                    .isEqualTo(2);
            assertThat(number(browser, "document.querySelectorAll('svg.spark line.goal').length"))
                    .isEqualTo(2);
            assertThat(number(browser, "document.querySelectorAll('svg.spark polygon.band').length"))
                    .isEqualTo(2);
            // the stylesheet applied (.spark is display:block; an inline <style> the policy's hash did not allow would
            // not be)
            assertThat(number(
                            browser,
                            "getComputedStyle(document.querySelector('svg.spark')).display === 'block' ? 1 : 0"))
                    .isEqualTo(1);
            assertThat(number(browser, "document.documentElement.scrollWidth"))
                    .as("no sideways scrolling on a phone")
                    .isLessThanOrEqualTo(390);

            JsonNode shot =
                    browser.send("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
            Path png = Path.of("target", "browser", "dashboard.png");
            Files.createDirectories(png.getParent());
            Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
            assertThat(Files.size(png)).isGreaterThan(1000);

            List<JsonNode> problems = new java.util.ArrayList<>();
            browser.events("Runtime.consoleAPICalled").stream()
                    .filter(e -> List.of("error", "warning", "assert")
                            .contains(e.at("/params/type").asText()))
                    .forEach(problems::add);
            problems.addAll(browser.events("Runtime.exceptionThrown"));
            browser.events("Log.entryAdded").stream()
                    .filter(e -> List.of("error", "warning")
                            .contains(e.at("/params/entry/level").asText()))
                    .forEach(problems::add);
            problems.addAll(browser.events("Network.loadingFailed"));
            browser.events("Network.responseReceived").stream()
                    .filter(e -> e.at("/params/response/status").asInt() >= 400)
                    .forEach(problems::add);
            assertThat(problems)
                    .as("console errors, CSP violations, blocked or failed loads")
                    .isEmpty();
        } finally {
            service.stop();
        }
    }

    /** The same checks notice a blocked resource: a page the policy refuses an inline script on. */
    @Test
    void aBlockedInlineScriptIsNoticed() throws Exception {
        Chromium.binary();
        try (Chromium browser = Chromium.start(390, 844)) {
            browser.send("Log.enable", Map.of());
            browser.send("Runtime.enable", Map.of());
            browser.send("Page.enable", Map.of());
            String html = "<!doctype html><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">"
                    + "<script>document.title='ran'</script><p>x</p>";
            browser.send(
                    "Page.navigate",
                    Map.of(
                            "url",
                            "data:text/html;base64,"
                                    + Base64.getEncoder()
                                            .encodeToString(html.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            browser.await("Page.loadEventFired", 60);
            long end = System.nanoTime() + 10_000_000_000L;
            while (browser.events("Log.entryAdded").isEmpty()
                    && browser.events("Runtime.consoleAPICalled").isEmpty()
                    && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertThat(browser.events("Log.entryAdded").toString() + browser.events("Runtime.consoleAPICalled"))
                    .contains("Content Security Policy");
        }
    }

    private static String dashboard(TestClient admin) {
        StringBuilder ids = new StringBuilder();
        for (int k = 0; k < 2; k++) {
            var kpi = admin.post(
                    "/v1/analytics/kpis", "{\"name\": \"latency " + k + "\", \"unit\": \"ms\", \"target\": 100}");
            assertThat(kpi.status()).as(kpi.toString()).isEqualTo(201);
            String id = kpi.json().get("id").asText();
            StringBuilder values = new StringBuilder("{\"values\": [");
            for (int d = 60; d >= 1; d--) {
                values.append(d == 60 ? "" : ",")
                        .append("{\"at\": \"")
                        .append(NOW.minusSeconds(86_400L * d))
                        .append("\", \"value\": ")
                        .append(90 + k * 5 + 6 * Math.sin(2 * Math.PI * d / 7) + (d % 5))
                        .append('}');
            }
            var stored = admin.post(
                    "/v1/analytics/kpis/" + id + "/values", values.append("]}").toString());
            assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
            ids.append(k == 0 ? "" : ",").append('"').append(id).append('"');
        }
        var created = admin.post(
                "/v1/analytics/dashboard",
                "{\"name\": \"Browser <check> & co\", \"kpis\": [" + ids + "], \"timeRange\": {\"last\": \"90d\"}}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static String header(JsonNode response, String name) {
        var it = response.get("headers").fields();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue().asText();
            }
        }
        return "";
    }

    private static long number(Chromium browser, String expression) throws Exception {
        JsonNode r = browser.send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        assertThat(r.has("exceptionDetails")).as(r.toString()).isFalse();
        return r.at("/result/value").asLong();
    }
}

package io.enis.scorecard.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.kit.json.Json;
import io.enis.scorecard.dashboard.Dashboard;
import io.enis.scorecard.dashboard.DashboardView;
import io.enis.scorecard.dashboard.TimeRange;
import io.enis.scorecard.evaluation.EvaluationCache;
import io.enis.scorecard.evaluation.KpiEvaluator;
import io.enis.scorecard.kpi.Direction;
import io.enis.scorecard.kpi.Kpi;
import io.enis.scorecard.kpi.KpiDefinition;
import io.enis.scorecard.kpi.Period;
import io.enis.scorecard.kpi.StoredValues;
import io.enis.scorecard.kpi.Thresholds;
import io.enis.scorecard.kpi.Unit;
import io.enis.scorecard.kpi.Value;
import io.enis.scorecard.page.PanelCards;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The remembered panels' JSON is byte for byte what serializing the whole view gives, and a page of
 * remembered cards is the page rendered afresh.
 */
class DashboardViewBodyTest {
    static final Instant NOW = Instant.parse("2025-06-15T10:00:00Z");

    static Kpi kpi(String id, String name, String unit, boolean cumulative) {
        Direction dir = Direction.LOWER_IS_BETTER;
        return new Kpi(
                id,
                new KpiDefinition(
                        name,
                        "",
                        Unit.parse(unit).orElseThrow(),
                        100,
                        dir,
                        Thresholds.defaultFor(dir),
                        "ops",
                        List.of("a", "b"),
                        Period.DEFAULT,
                        cumulative),
                NOW.minus(Duration.ofDays(400)));
    }

    static StoredValues values(long seed) {
        Random r = new Random(seed);
        List<Value> out = new ArrayList<>();
        for (int d = 364; d >= 0; d--) {
            out.add(new Value(NOW.minus(Duration.ofDays(d)).minusSeconds(60), 90 + r.nextGaussian() * 5, NOW));
        }
        return StoredValues.of(1, 0, out);
    }

    @Test
    void theBodyIsTheSerializedViewWhetherPanelsAreRememberedOrNot() {
        EvaluationCache cache = new EvaluationCache(new KpiEvaluator(ZoneOffset.UTC), 16);
        List<Kpi> kpis = List.of(
                kpi("kpi_a", "latency \"p99\" <é>", "ms", false),
                kpi("kpi_b", "orders ☃", "users", true),
                kpi("kpi_c", "empty", "ms", false));
        List<StoredValues> stored = List.of(values(1), values(2), StoredValues.of(1, 0, List.of()));
        Dashboard d = new Dashboard(
                "dash_0123456789abcdefghij",
                "Ünïcode & \"quotes\"",
                List.of(
                        new Dashboard.Panel(0, "kpi_a", "p99 — <b>"),
                        new Dashboard.Panel(1, "kpi_b", "orders"),
                        new Dashboard.Panel(2, "kpi_c", "none yet")),
                TimeRange.lastOf(Duration.ofDays(365)),
                NOW.minus(Duration.ofDays(1)));
        DashboardViewBody body = new DashboardViewBody(DashboardViewBody.DEFAULT_MAX_BYTES);
        PanelCards cards = new PanelCards(PanelCards.DEFAULT_MAX_CHARS);
        for (Instant asOf : List.of(NOW, NOW.plusSeconds(5), NOW.plusSeconds(10))) {
            List<DashboardView.PanelView> panels = new ArrayList<>();
            for (int i = 0; i < kpis.size(); i++) {
                var e = cache.evaluate(kpis.get(i), stored.get(i), asOf.minus(Duration.ofDays(365)), asOf);
                panels.add(new DashboardView.PanelView(d.panels().get(i), e.evaluation(), e.inputs()));
            }
            DashboardView view = new DashboardView(d, asOf.minus(Duration.ofDays(365)), asOf, panels);
            assertThat(new String(body.write(view), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(new String(
                            Json.writeBytes(DashboardJson.view(view)), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(cache.hits()).as("the two latest-value panels, twice").isEqualTo(4);
    }

    static byte[] gunzip(byte[] gz) {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aJoinedGzipStreamIsOneMemberWithTheWholesCrcAndLength() throws Exception {
        byte[] a = "{\"a\":".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = "[1,2,3,\"é\"]".repeat(5000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] c = new byte[0];
        byte[] gz = GzipJoin.join(List.of(a, b, c, a), java.util.Arrays.asList(null, GzipJoin.piece(b), null, null));
        byte[] whole = new byte[2 * a.length + b.length];
        System.arraycopy(a, 0, whole, 0, a.length);
        System.arraycopy(b, 0, whole, a.length, b.length);
        System.arraycopy(a, 0, whole, a.length + b.length, a.length);
        assertThat(gunzip(gz)).isEqualTo(whole);
        assertThat(gz.length).as("compressed").isLessThan(whole.length / 10);
        var crc = new java.util.zip.CRC32();
        crc.update(whole);
        var trailer = java.nio.ByteBuffer.wrap(gz, gz.length - 8, 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        assertThat(trailer.getInt() & 0xffffffffL).isEqualTo(crc.getValue());
        assertThat(trailer.getInt()).isEqualTo(whole.length);
    }
}

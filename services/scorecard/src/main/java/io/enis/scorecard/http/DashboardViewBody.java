package io.enis.scorecard.http;

import io.enis.kit.json.Json;
import io.enis.scorecard.dashboard.DashboardView;
import io.enis.scorecard.evaluation.EvaluationCache;
import io.enis.scorecard.memo.Lru;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code DashboardView} JSON as bytes, the same bytes as {@code Json.writeBytes(DashboardJson.view(v))},
 * with each panel's evaluation written once per {@link EvaluationCache.Inputs} (a panel viewed again
 * is copied, not serialized: a year of daily values is ~17 KB of JSON per panel). Remembers at most
 * {@code maxBytes} of panel JSON, least recently used dropped. Thread-safe.
 */
final class DashboardViewBody {
    /** The default bound: 16 MiB of panel JSON. */
    static final long DEFAULT_MAX_BYTES = 16L << 20;

    private static final byte[] PANELS = ",\"panels\":[".getBytes(StandardCharsets.US_ASCII);

    private final Lru<EvaluationCache.Inputs, byte[]> panels;

    DashboardViewBody(long maxBytes) {
        this.panels = new Lru<>(maxBytes, b -> b.length);
    }

    byte[] write(DashboardView v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        byte[] head = Json.writeBytes(DashboardJson.head(v.dashboard()));
        out.write(head, 0, head.length - 1); // without its '}'
        out.writeBytes(PANELS);
        for (int i = 0; i < v.panels().size(); i++) {
            DashboardView.PanelView p = v.panels().get(i);
            if (i > 0) {
                out.write(',');
            }
            byte[] panelHead = Json.writeBytes(DashboardJson.panelHead(p));
            out.write(panelHead, 0, panelHead.length - 1);
            out.write(',');
            out.writeBytes(evaluationFields(p));
        }
        out.write(']');
        Map<String, Object> tail = new LinkedHashMap<>();
        tail.put("createdAt", v.dashboard().createdAt().toString());
        tail.put("from", v.from().toString());
        tail.put("asOf", v.asOf().toString());
        byte[] t = Json.writeBytes(tail);
        out.write(',');
        out.write(t, 1, t.length - 1); // without its '{'
        return out.toByteArray();
    }

    /** The panel's evaluation as JSON fields and the panel's closing '}' (the object without its '{'). */
    private byte[] evaluationFields(DashboardView.PanelView p) {
        byte[] held = p.inputs() == null ? null : panels.get(p.inputs());
        if (held != null) {
            return held;
        }
        byte[] whole = Json.writeBytes(EvaluationJson.evaluation(p.evaluation()));
        byte[] fields = Arrays.copyOfRange(whole, 1, whole.length);
        if (p.inputs() != null) {
            panels.put(p.inputs(), fields);
        }
        return fields;
    }
}

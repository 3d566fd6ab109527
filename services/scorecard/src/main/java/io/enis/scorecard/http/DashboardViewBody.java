package io.enis.scorecard.http;

import io.enis.kit.json.Json;
import io.enis.scorecard.dashboard.DashboardView;
import io.enis.scorecard.evaluation.EvaluationCache;
import io.enis.scorecard.memo.Lru;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
    private static final byte[] COMMA = {','};
    private static final byte[] CLOSE_PANELS = {']'};

    private final Lru<EvaluationCache.Inputs, byte[]> panels;

    DashboardViewBody(long maxBytes) {
        this.panels = new Lru<>(maxBytes, b -> b.length);
    }

    byte[] write(DashboardView v) {
        List<byte[]> parts = new ArrayList<>(3 * v.panels().size() + 4);
        byte[] head = Json.writeBytes(DashboardJson.head(v.dashboard()));
        parts.add(Arrays.copyOf(head, head.length - 1)); // without its '}'
        parts.add(PANELS);
        for (int i = 0; i < v.panels().size(); i++) {
            DashboardView.PanelView p = v.panels().get(i);
            byte[] panelHead = Json.writeBytes(DashboardJson.panelHead(p));
            panelHead[panelHead.length - 1] = ','; // its '}' becomes the comma before the evaluation's fields
            parts.add(i == 0 ? panelHead : concat(COMMA, panelHead));
            parts.add(evaluationFields(p));
        }
        Map<String, Object> tail = new LinkedHashMap<>();
        tail.put("createdAt", v.dashboard().createdAt().toString());
        tail.put("from", v.from().toString());
        tail.put("asOf", v.asOf().toString());
        byte[] t = Json.writeBytes(tail);
        t[0] = ','; // its '{' becomes the comma after the panels
        parts.add(CLOSE_PANELS);
        parts.add(t);
        return concat(parts.toArray(new byte[0][]));
    }

    /** The arrays one after the other, copied once into an array of the exact size. */
    private static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
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

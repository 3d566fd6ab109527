package io.enis.scorecard.http;

import io.enis.kit.json.Json;
import io.enis.scorecard.dashboard.DashboardView;
import io.enis.scorecard.evaluation.EvaluationCache;
import io.enis.scorecard.memo.Lru;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code DashboardView} JSON as bytes, the same bytes as {@code Json.writeBytes(DashboardJson.view(v))},
 * with each panel's evaluation written once per {@link EvaluationCache.Inputs} (a panel viewed again
 * is copied, not serialized: a year of daily values is ~17 KB of JSON per panel), and as gzip with
 * each remembered panel deflated once ({@link GzipJoin}). Remembers at most {@code maxBytes} of panel
 * JSON, least recently used dropped. Thread-safe.
 */
final class DashboardViewBody {
    /** The default bound: 16 MiB of panel JSON (and its compressed form). */
    static final long DEFAULT_MAX_BYTES = 16L << 20;

    private static final byte[] PANELS = ",\"panels\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] COMMA = {','};
    private static final byte[] CLOSE_PANELS = {']'};

    private final Lru<EvaluationCache.Inputs, Panel> panels;

    DashboardViewBody(long maxBytes) {
        // the compressed form, made on the first gzip request, is counted in advance at a quarter of the JSON
        this.panels = new Lru<>(maxBytes, p -> p.json.length + p.json.length / 4L);
    }

    /** A panel's evaluation as JSON fields and the panel's closing '}' (the object without its '{'). */
    private static final class Panel {
        final byte[] json;
        private byte[] piece;

        Panel(byte[] json) {
            this.json = json;
        }

        /** {@link #json} as a {@link GzipJoin#piece}, deflated once. */
        synchronized byte[] piece() {
            if (piece == null) {
                piece = GzipJoin.piece(json);
            }
            return piece;
        }
    }

    /** The view as JSON: the bytes {@code Json.writeBytes(DashboardJson.view(v))} gives. */
    byte[] write(DashboardView v) {
        return parts(v, false).json();
    }

    /** The same JSON as one gzip stream, remembered panels deflated once. */
    byte[] gzip(DashboardView v) {
        return parts(v, true).gzip();
    }

    private Parts parts(DashboardView v, boolean gzip) {
        Parts parts = new Parts(gzip);
        byte[] head = Json.writeBytes(DashboardJson.head(v.dashboard()));
        parts.fresh(Arrays.copyOf(head, head.length - 1)); // without its '}'
        parts.fresh(PANELS);
        for (int i = 0; i < v.panels().size(); i++) {
            DashboardView.PanelView p = v.panels().get(i);
            if (i > 0) {
                parts.fresh(COMMA);
            }
            byte[] panelHead = Json.writeBytes(DashboardJson.panelHead(p));
            panelHead[panelHead.length - 1] = ','; // its '}' becomes the comma before the evaluation's fields
            parts.fresh(panelHead);
            if (p.inputs() == null) {
                parts.fresh(evaluationFields(p));
            } else {
                Panel held = panels.get(p.inputs());
                if (held == null) {
                    held = new Panel(evaluationFields(p));
                    panels.put(p.inputs(), held);
                }
                parts.held(held);
            }
        }
        parts.fresh(CLOSE_PANELS);
        Map<String, Object> tail = new LinkedHashMap<>();
        tail.put("createdAt", v.dashboard().createdAt().toString());
        tail.put("from", v.from().toString());
        tail.put("asOf", v.asOf().toString());
        byte[] t = Json.writeBytes(tail);
        t[0] = ','; // its '{' becomes the comma after the panels
        parts.fresh(t);
        return parts;
    }

    private static byte[] evaluationFields(DashboardView.PanelView p) {
        byte[] whole = Json.writeBytes(EvaluationJson.evaluation(p.evaluation()));
        return Arrays.copyOfRange(whole, 1, whole.length);
    }

    /** The body's pieces in order: runs of fresh bytes between remembered panels. */
    private static final class Parts {
        private final boolean gzip;
        private final List<byte[]> data = new ArrayList<>();
        private final List<byte[]> pieces = new ArrayList<>();
        private final ByteArrayOutputStream fresh = new ByteArrayOutputStream(1024);

        Parts(boolean gzip) {
            this.gzip = gzip;
        }

        void fresh(byte[] b) {
            fresh.writeBytes(b);
        }

        void held(Panel p) {
            flush();
            data.add(p.json);
            pieces.add(gzip ? p.piece() : null);
        }

        private void flush() {
            if (fresh.size() > 0) {
                data.add(fresh.toByteArray());
                pieces.add(null);
                fresh.reset();
            }
        }

        /** The pieces one after the other, copied once into an array of the exact size. */
        byte[] json() {
            flush();
            int size = 0;
            for (byte[] p : data) {
                size += p.length;
            }
            byte[] out = new byte[size];
            int at = 0;
            for (byte[] p : data) {
                System.arraycopy(p, 0, out, at, p.length);
                at += p.length;
            }
            return out;
        }

        byte[] gzip() {
            flush();
            return GzipJoin.join(data, pieces);
        }
    }
}

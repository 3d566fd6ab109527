package io.enis.observability.ingest;

import io.enis.kit.app.Api;
import io.enis.kit.http.Problem;
import io.enis.kit.http.Problem.FieldError;
import io.enis.kit.http.ProblemException;
import io.enis.observability.Scopes;
import io.enis.observability.Tenants;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /v1/metrics/write}: the Prometheus remote-write 1.0 receiver. The request must say what
 * remote write 1.0 sends ({@code Content-Type: application/x-protobuf}, {@code Content-Encoding: snappy},
 * {@code X-Prometheus-Remote-Write-Version: 0.1.0}, the last one optional); stored samples are
 * answered 204 as Prometheus' own receiver does. Refusals are problem+json naming what is wrong: 415
 * for another content type or compression (remote write 2.0 included), 400 for a body that is not
 * what it claims or has invalid names, 413 above the limits, 422 when the store refuses the samples.
 */
public final class RemoteWriteRoutes {
    /** The path of the receiver. */
    public static final String PATH = "/v1/metrics/write";
    static final String VERSION_HEADER = "X-Prometheus-Remote-Write-Version";
    private static final String PROTOBUF = "application/x-protobuf";

    private final RemoteWriteIngest ingest;

    public RemoteWriteRoutes(RemoteWriteIngest ingest) {
        this.ingest = ingest;
    }

    public void register(Api api) {
        api.post(PATH, Scopes.METRICS_WRITE, this::write);
    }

    private void write(Context ctx) {
        checkHeaders(ctx.contentType(), ctx.header("Content-Encoding"), ctx.header(VERSION_HEADER));
        ingest.store(Tenants.of(ctx), ctx.bodyAsBytes());
        ctx.status(204);
    }

    /** @throws ProblemException 415 naming Content-Type or Content-Encoding, 400 naming the version header */
    static void checkHeaders(String contentType, String encoding, String version) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String mediaType = type.split(";", 2)[0].strip();
        if (!mediaType.equals(PROTOBUF)) {
            throw unsupported("Content-Type", "must be " + PROTOBUF + " (a protobuf prometheus.WriteRequest); got "
                    + (contentType == null ? "none" : "'" + contentType + "'"));
        }
        for (String param : type.split(";")) {
            String p = param.strip();
            if (p.startsWith("proto=") && !p.equals("proto=prometheus.writerequest")) {
                throw unsupported("Content-Type", "'" + contentType + "' is not remote write 1.0; this endpoint receives "
                        + "proto=prometheus.WriteRequest (remote write 2.0's io.prometheus.write.v2.Request is not supported)");
            }
        }
        if (encoding == null || !encoding.strip().equalsIgnoreCase("snappy")) {
            throw unsupported("Content-Encoding", "must be snappy (remote write 1.0 compresses the body with snappy's block format); got "
                    + (encoding == null ? "none" : "'" + encoding + "'"));
        }
        if (version != null && !version.strip().startsWith("0.1.")) {
            throw ProblemException.invalidField(VERSION_HEADER, "must be 0.1.x (remote write 1.0); got '" + version + "'");
        }
    }

    private static ProblemException unsupported(String header, String message) {
        return new ProblemException(Problem.of(415, "unsupported-media-type", "Unsupported media type", header + ": " + message,
                List.of(new FieldError(header, message))));
    }
}

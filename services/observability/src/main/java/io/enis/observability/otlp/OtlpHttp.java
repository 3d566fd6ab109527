package io.enis.observability.otlp;

import com.google.protobuf.Message;
import io.enis.kit.domain.DomainException;
import io.enis.kit.http.DomainProblems;
import io.enis.kit.http.ProblemException;
import io.enis.kit.http.RequestIds;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of an OTLP/HTTP export endpoint ({@code POST /v1/traces}, {@code POST /v1/metrics}):
 * reads the {@code Content-Type} ({@link OtlpEncoding}), the {@code Content-Encoding}
 * ({@link ContentEncoding}), decodes the request message, hands it to the export, and answers 200 with
 * the export's response message in the request's encoding.
 *
 * <p>Every failure inside the endpoint answers with a {@link RpcStatus google.rpc.Status} in the
 * request's encoding (OTLP spec, "Failures"): 400 undecodable or self-contradicting, 413 too large,
 * 415 an encoding that is not read, 422 refused by the store, 500 unexpected (logged, the message
 * carries only the request id). A {@code Content-Type} that is neither OTLP encoding gets its 415 status in
 * JSON, the readable one. Authentication and rate limiting happen before the endpoint and answer
 * problem+json as everywhere else in the service.
 */
public final class OtlpHttp {
    private static final Logger LOG = LoggerFactory.getLogger(OtlpHttp.class);
    private final int maxBodyBytes;

    /** What an endpoint does with a decoded request: store it, and say what was refused. */
    @FunctionalInterface
    public interface Export<Q extends Message> {
        /** @return the OTLP response message (with {@code partialSuccess} when part was refused) */
        Message export(Q request) throws OtlpException;
    }

    /** @param maxBodyBytes the most bytes a body may have after decompression ({@code MAX_REQUEST_BYTES}) */
    public OtlpHttp(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Handles one export request whose message type is {@code prototype}'s. */
    public <Q extends Message> void handle(Context ctx, Q prototype, Export<Q> export) {
        OtlpEncoding encoding = OtlpEncoding.of(ctx.contentType()).orElse(null);
        if (encoding == null) {
            fail(
                    ctx,
                    OtlpEncoding.JSON,
                    415,
                    "Content-Type: send application/x-protobuf or application/json (OTLP/HTTP); got '"
                            + (ctx.contentType() == null ? "" : ctx.contentType()) + "'");
            return;
        }
        try {
            byte[] body = ContentEncoding.decode(ctx.header(ContentEncoding.HEADER), ctx.bodyAsBytes(), maxBodyBytes);
            Message response = export.export(encoding.decode(body, prototype));
            ctx.status(200).contentType(encoding.mediaType()).result(encoding.encode(response));
        } catch (OtlpException e) {
            fail(ctx, encoding, status(e.kind()), e.getMessage());
        } catch (ProblemException e) {
            answer(ctx, encoding, e);
        } catch (DomainException e) {
            answer(ctx, encoding, DomainProblems.of(e));
        } catch (HttpResponseException e) {
            fail(
                    ctx,
                    encoding,
                    e.getStatus(),
                    e.getStatus() == 413 ? "body: larger than MAX_REQUEST_BYTES allows" : e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("OTLP export failed in {} {}", ctx.method(), ctx.path(), e);
            fail(
                    ctx,
                    encoding,
                    500,
                    "the export failed; quote the request id " + RequestIds.current(ctx) + " when reporting it");
        }
    }

    /**
     * A problem the kit raised before the handler ran (401, 403, 429) as OTLP/HTTP prescribes for every
     * 4xx: a {@code google.rpc.Status} in the request's encoding (JSON when it is neither), with the
     * problem's headers ({@code WWW-Authenticate}, {@code Retry-After}). For {@code Api.errorsAs}.
     */
    public static void problem(Context ctx, ProblemException e) {
        answer(ctx, OtlpEncoding.of(ctx.contentType()).orElse(OtlpEncoding.JSON), e);
    }

    private static void answer(Context ctx, OtlpEncoding encoding, ProblemException e) {
        e.headers().forEach(h -> ctx.header(h[0], h[1]));
        fail(ctx, encoding, e.problem().status(), e.problem().detail());
    }

    private static int status(OtlpException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case TOO_LARGE -> 413;
            case UNSUPPORTED -> 415;
            case UNPROCESSABLE -> 422;
        };
    }

    private static void fail(Context ctx, OtlpEncoding encoding, int status, String message) {
        ctx.status(status)
                .contentType(encoding.mediaType())
                .result(encoding.encode(RpcStatus.of(RpcStatus.Code.forHttpStatus(status), message)));
    }
}

package io.enis.observability;

import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.enis.kit.testing.TestStores;
import io.enis.observability.otlp.RpcStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Raw OTLP/HTTP requests to a started service, as bytes (the kit's test client speaks strings), and
 * the decoding of what comes back: the export response or the {@code google.rpc.Status} of a failure,
 * read in the encoding the response says it has.
 */
final class OtlpPost {
    static final String PROTOBUF = "application/x-protobuf";
    static final String JSON = "application/json";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OtlpPost() {}

    /** What the service answered. */
    record Answer(int status, String contentType, byte[] body) {
        /** The body decoded as a message of {@code prototype}'s type, in the encoding of the response's content type. */
        @SuppressWarnings("unchecked")
        <M extends Message> M message(M prototype) {
            try {
                if (contentType.startsWith(JSON)) {
                    Message.Builder b = prototype.newBuilderForType();
                    JsonFormat.parser().merge(new String(body, StandardCharsets.UTF_8), b);
                    return (M) b.build();
                }
                if (!contentType.startsWith(PROTOBUF)) {
                    throw new AssertionError("not an OTLP response (" + contentType + "): " + this);
                }
                return (M) prototype.getParserForType().parseFrom(body);
            } catch (InvalidProtocolBufferException e) {
                throw new AssertionError(
                        "not a " + prototype.getDescriptorForType().getName() + ": " + this, e);
            }
        }

        /** The {@code message} of the google.rpc.Status a failure carries. */
        String statusMessage() {
            Message status = message(DynamicMessage.getDefaultInstance(RpcStatus.DESCRIPTOR));
            return (String) status.getField(RpcStatus.DESCRIPTOR.findFieldByName("message"));
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    static Answer post(ObservabilityFixture fx, String path, byte[] body, String contentType) {
        return post(fx, path, body, contentType, Map.of());
    }

    /** POSTs {@code body} with the admin key, {@code contentType} (none when null) and {@code headers}. */
    static Answer post(
            ObservabilityFixture fx, String path, byte[] body, String contentType, Map<String, String> headers) {
        return postAs(fx, TestStores.ADMIN_KEY, path, body, contentType, headers);
    }

    /** The same with the API key {@code key}. */
    static Answer postAs(
            ObservabilityFixture fx,
            String key,
            String path,
            byte[] body,
            String contentType,
            Map<String, String> headers) {
        var b = HttpRequest.newBuilder(URI.create(fx.service.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Bearer " + key);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        headers.forEach(b::header);
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(
                    r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] gzip(byte[] data) {
        var out = new ByteArrayOutputStream();
        try (var gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

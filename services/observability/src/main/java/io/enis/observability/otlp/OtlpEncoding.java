package io.enis.observability.otlp;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The two OTLP/HTTP encodings: binary protobuf ({@code application/x-protobuf}, what the SDKs send by
 * default) and OTLP/JSON ({@code application/json}, see {@link OtlpJson}). A response uses the encoding of
 * its request (OTLP spec).
 */
public enum OtlpEncoding {
    PROTOBUF("application/x-protobuf"),
    JSON("application/json");

    private final String mediaType;

    OtlpEncoding(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type, as sent in {@code Content-Type}. */
    public String mediaType() {
        return mediaType;
    }

    /** The encoding of a {@code Content-Type} (parameters such as {@code charset} ignored); empty for any other. */
    public static Optional<OtlpEncoding> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        for (OtlpEncoding e : values()) {
            if (e.mediaType.equals(media)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Decodes a body (already decompressed) into a message of {@code prototype}'s type.
     *
     * @throws OtlpException INVALID naming {@code body}, or for JSON the path of the field at fault
     */
    @SuppressWarnings("unchecked")
    public <M extends Message> M decode(byte[] body, M prototype) throws OtlpException {
        if (this == JSON) {
            return OtlpJson.parse(body, prototype);
        }
        try {
            return (M) prototype.getParserForType().parseFrom(body);
        } catch (InvalidProtocolBufferException e) {
            throw OtlpException.invalid(
                    "body",
                    "is not a protobuf " + prototype.getDescriptorForType().getName() + ": " + e.getMessage());
        }
    }

    /** A message in this encoding. */
    public byte[] encode(Message message) {
        return this == JSON ? OtlpJson.print(message).getBytes(StandardCharsets.UTF_8) : message.toByteArray();
    }
}

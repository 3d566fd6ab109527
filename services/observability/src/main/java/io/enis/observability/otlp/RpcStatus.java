package io.enis.observability.otlp;

import com.google.protobuf.AnyProto;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.Message;

/**
 * {@code google.rpc.Status}, the body of every failed OTLP/HTTP export (OTLP spec, "Failures"):
 * {@code code} (a gRPC status code, which clients may only log), {@code message} and {@code details}
 * (left empty). The class is not in {@code opentelemetry-proto}; rather than a jar of every Google API
 * message for this one, its descriptor is declared here exactly as in {@code google/rpc/status.proto}
 * (same package, names, numbers and types), and protobuf-java encodes it like the generated class would.
 */
public final class RpcStatus {
    /** The descriptor of {@code google.rpc.Status}. */
    public static final Descriptor DESCRIPTOR = descriptor();

    /** The gRPC status codes the service answers with. */
    public enum Code {
        INVALID_ARGUMENT(3),
        PERMISSION_DENIED(7),
        RESOURCE_EXHAUSTED(8),
        INTERNAL(13),
        UNAVAILABLE(14),
        UNAUTHENTICATED(16);

        final int number;

        Code(int number) {
            this.number = number;
        }

        /** The code closest to an HTTP status, as gRPC's own HTTP mapping pairs them. */
        public static Code forHttpStatus(int status) {
            return switch (status) {
                case 401 -> UNAUTHENTICATED;
                case 403 -> PERMISSION_DENIED;
                case 413, 422, 429 -> RESOURCE_EXHAUSTED;
                case 502, 503, 504 -> UNAVAILABLE;
                default -> status >= 500 ? INTERNAL : INVALID_ARGUMENT;
            };
        }
    }

    private RpcStatus() {}

    /** A status message with {@code code} and {@code message}. */
    public static Message of(Code code, String message) {
        return DynamicMessage.newBuilder(DESCRIPTOR)
                .setField(DESCRIPTOR.findFieldByName("code"), code.number)
                .setField(DESCRIPTOR.findFieldByName("message"), message)
                .build();
    }

    private static Descriptor descriptor() {
        FileDescriptorProto file = FileDescriptorProto.newBuilder()
                .setName("google/rpc/status.proto")
                .setPackage("google.rpc")
                .setSyntax("proto3")
                .addDependency("google/protobuf/any.proto")
                .addMessageType(DescriptorProto.newBuilder()
                        .setName("Status")
                        .addField(field("code", 1, Type.TYPE_INT32, Label.LABEL_OPTIONAL))
                        .addField(field("message", 2, Type.TYPE_STRING, Label.LABEL_OPTIONAL))
                        .addField(field("details", 3, Type.TYPE_MESSAGE, Label.LABEL_REPEATED)
                                .setTypeName(".google.protobuf.Any")))
                .build();
        try {
            return FileDescriptor.buildFrom(file, new FileDescriptor[] {AnyProto.getDescriptor()})
                    .findMessageTypeByName("Status");
        } catch (DescriptorValidationException e) {
            throw new IllegalStateException("google.rpc.Status descriptor", e);
        }
    }

    private static FieldDescriptorProto.Builder field(String name, int number, Type type, Label label) {
        return FieldDescriptorProto.newBuilder()
                .setName(name)
                .setNumber(number)
                .setType(type)
                .setLabel(label)
                .setJsonName(name);
    }
}

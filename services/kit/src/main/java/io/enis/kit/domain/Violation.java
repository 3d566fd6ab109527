package io.enis.kit.domain;

import java.util.Objects;

/**
 * One refused value: its path as the caller wrote it ({@code samples[2].labels}, {@code currency}, a
 * query parameter's name) and what is allowed.
 */
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}

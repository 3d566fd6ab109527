package io.enis.kit.domain;

import java.time.Duration;

/**
 * A store or dependency the request needs cannot be used right now (PostgreSQL or Redis down, a full
 * or read-only disk). Nothing was applied, so the caller can retry the same request. Answered as 503
 * with {@code Retry-After}.
 */
public final class UnavailableException extends DomainException {
    private final String dependency;
    private final Duration retryAfter;

    /**
     * @param dependency what is unavailable, for example {@code "metrics write-ahead log"}
     * @param retryAfter when a retry may succeed; at least one second is sent
     * @param cause      the underlying failure, kept for the log only
     */
    public UnavailableException(String dependency, String detail, Duration retryAfter, Throwable cause) {
        super(dependency + " is unavailable: " + detail, cause);
        this.dependency = dependency;
        this.retryAfter = retryAfter;
    }

    public String dependency() {
        return dependency;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

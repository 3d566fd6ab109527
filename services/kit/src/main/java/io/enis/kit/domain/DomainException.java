package io.enis.kit.domain;

/**
 * A request the domain refuses, or a dependency it cannot reach. The subtypes are the complete list
 * the kit maps to responses: invalid input (400), not found (404), conflict (409), too large (413),
 * unprocessable (422), unavailable (503). No stack trace is captured: these are answers, not bugs.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException, TooLargeException,
        UnprocessableException, UnavailableException {
    protected DomainException(String message) {
        super(message, null, false, false);
    }

    protected DomainException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}

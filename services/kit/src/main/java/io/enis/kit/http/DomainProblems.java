package io.enis.kit.http;

import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.DomainException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.TooLargeException;
import io.enis.kit.domain.UnavailableException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import io.enis.kit.http.Problem.FieldError;
import java.util.List;

/** The one place where a {@link DomainException} becomes an HTTP problem: status, type, fields, headers. */
public final class DomainProblems {
    private DomainProblems() {
    }

    /** The problem answering {@code e}; an {@link UnavailableException} carries {@code Retry-After}. */
    public static ProblemException of(DomainException e) {
        if (e instanceof InvalidInputException invalid) {
            return ProblemException.invalid(e.getMessage(), fields(invalid.violations()));
        }
        if (e instanceof NotFoundException) {
            return ProblemException.notFound(e.getMessage());
        }
        if (e instanceof ConflictException conflict) {
            return new ProblemException(Problem.of(409, "conflict", "Conflict", e.getMessage(),
                    fields(conflict.violations())));
        }
        if (e instanceof TooLargeException tooLarge) {
            return new ProblemException(Problem.of(413, "too-large", "Request too large", e.getMessage(),
                    fields(tooLarge.violations())));
        }
        if (e instanceof UnprocessableException refused) {
            return ProblemException.unprocessable(refused.slug(), refused.title(), e.getMessage(),
                    fields(refused.violations()));
        }
        UnavailableException unavailable = (UnavailableException) e;
        return ProblemException.unavailable(e.getMessage(), unavailable.retryAfter().toSeconds());
    }

    private static List<FieldError> fields(List<Violation> violations) {
        return violations.stream().map(v -> new FieldError(v.field(), v.message())).toList();
    }
}

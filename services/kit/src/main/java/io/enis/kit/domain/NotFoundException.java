package io.enis.kit.domain;

/** A named thing that does not exist (or that the caller's tenant cannot see). Answered as 404. */
public final class NotFoundException extends DomainException {
    /** @param detail what was looked for, for example {@code "no rule 'orders' in tenant acme"} */
    public NotFoundException(String detail) {
        super(detail);
    }
}

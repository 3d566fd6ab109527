package io.enis.policy.model;

/** A file that is not a Terraform JSON document or plan, or carries a malformed suppression; the message names the file. */
public final class InvalidDocumentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidDocumentException(String message) {
        super(message);
    }
}

package io.enis.stacks.deploy;

/**
 * Terraform cannot run here, or a step failed. {@link #missingPrerequisite()} tells a missing tool,
 * provider or credential (bad input, exit 2) from a failed plan or apply (exit 1).
 */
public final class DeployException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean missingPrerequisite;

    public DeployException(String message, boolean missingPrerequisite) {
        super(message);
        this.missingPrerequisite = missingPrerequisite;
    }

    public boolean missingPrerequisite() {
        return missingPrerequisite;
    }
}

package io.enis.policy.rules;

import io.enis.policy.model.TerraformResource;

/**
 * A resource breaking a rule.
 *
 * @param resource the resource
 * @param message what is wrong with it, specifically
 */
public record Violation(TerraformResource resource, String message) {}

/**
 * The environment model: {@code environments/<env>.yaml} loaded into immutable records and
 * validated (JSON Schema for shape, {@link io.enis.stacks.environment.EnvironmentRules} for what a
 * schema cannot say) before anything is synthesized.
 */
package io.enis.stacks.environment;

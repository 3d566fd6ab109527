/**
 * Synthesizing stacks: the catalog of stacks per environment, the synthesizer that writes their
 * Terraform JSON into a staged output directory, and what makes the first synth of a JVM faster.
 */
package io.enis.stacks.synth;

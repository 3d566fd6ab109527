/** The policy gate: the policy rules over synthesized stacks or given Terraform files, with thresholds. */
package io.enis.stacks.check;

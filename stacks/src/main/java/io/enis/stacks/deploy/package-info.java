/** Running Terraform over the synthesized stacks: preflight checks, plan with summaries, apply. */
package io.enis.stacks.deploy;

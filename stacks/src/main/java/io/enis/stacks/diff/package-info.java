/** The structural diff of two environments' synthesized stacks, each difference explained or not. */
package io.enis.stacks.diff;

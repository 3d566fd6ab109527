/** Releases: moving service versions between environment files, checked first, and their history. */
package io.enis.stacks.release;

/** Shared building blocks for every ENIS construct: naming, tagging, prop validation. */
package io.enis.constructs.core;

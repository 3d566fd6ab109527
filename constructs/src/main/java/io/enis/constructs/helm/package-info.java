/** Helm releases with pinned charts and typed values. */
package io.enis.constructs.helm;

/**
 * Refusals raised by domain code, free of HTTP types: parsers, stores and use cases throw these, and
 * the kit's error handler ({@link io.enis.kit.http.DomainProblems}) turns each into problem+json in
 * one place. A service never builds an HTTP problem in its domain packages.
 */
package io.enis.kit.domain;

package io.enis.kit.auth;

import io.javalin.security.RouteRole;

/** Marks a route with the scope a caller's key must carry. */
public record ScopeRole(String scope) implements RouteRole {}

package io.enis.compliance.http;

import io.enis.compliance.auditlog.Actor;
import io.enis.kit.auth.Authenticator;
import io.enis.kit.auth.Principal;
import io.javalin.http.Context;

/** Who is calling, as the audit log records it. */
public final class Callers {
    private Callers() {}

    /** The authenticated API key of {@code ctx} as an {@link Actor}. */
    public static Actor actor(Context ctx) {
        Principal p = Authenticator.principal(ctx);
        return new Actor(p.keyId(), p.name());
    }
}

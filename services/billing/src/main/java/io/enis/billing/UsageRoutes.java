package io.enis.billing;

import io.enis.billing.usage.Recorded;
import io.enis.billing.usage.UsageAggregates;
import io.enis.billing.usage.UsageIngest;
import io.enis.billing.usage.UsageRequest;
import io.enis.kit.app.Api;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.http.Responses;
import io.enis.kit.idempotency.Idempotency;
import io.enis.kit.json.Json;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** {@code POST /v1/billing/usage-tracking} and a subscription's usage per period. */
final class UsageRoutes {
    private final UsageIngest ingest;
    private final UsageAggregates aggregates;
    private final Idempotency idempotency;

    UsageRoutes(UsageIngest ingest, UsageAggregates aggregates, Idempotency idempotency) {
        this.ingest = ingest;
        this.aggregates = aggregates;
        this.idempotency = idempotency;
    }

    void register(Api api) {
        api.post("/v1/billing/usage-tracking", Scopes.USAGE_WRITE, idempotency.wrap(this::track));
        api.get("/v1/billing/subscriptions/{id}/usage", Scopes.BILLING_READ, ctx ->
                Responses.ok(ctx, aggregates.ofPeriod(ctx.pathParam("id"), periodStart(ctx.queryParam("period_start")))));
    }

    /** One event: 201 when stored, 200 when a duplicate; a batch: 200 with one result per event. */
    private void track(Context ctx) {
        UsageRequest request = UsageRequest.read(Json.parse(ctx.bodyAsBytes()));
        List<Recorded> results = ingest.record(request);
        if (!request.batch()) {
            Recorded one = results.get(0);
            Responses.json(ctx, one.duplicate() ? 200 : 201, one);
            return;
        }
        long duplicates = results.stream().filter(Recorded::duplicate).count();
        Responses.ok(ctx, Map.of("accepted", results.size() - duplicates, "duplicates", duplicates, "events", results));
    }

    private static Instant periodStart(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field("period_start", "must be an RFC 3339 timestamp such as 2026-02-01T00:00:00Z");
        }
    }
}

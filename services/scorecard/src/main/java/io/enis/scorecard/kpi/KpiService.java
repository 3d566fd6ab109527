package io.enis.scorecard.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.json.Fields;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** KPI use cases: define, look up, list, record values. Each write is one transaction. */
public final class KpiService {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ID_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();
    private final Jdbi jdbi;
    private final KpiStore store;
    private final Clock clock;
    private final int maxValuesPerRequest;

    /** @param maxValuesPerRequest the largest batch {@link #record} accepts ({@code MAX_VALUES_PER_REQUEST}) */
    public KpiService(Jdbi jdbi, KpiStore store, Clock clock, int maxValuesPerRequest) {
        this.jdbi = jdbi;
        this.store = store;
        this.clock = clock;
        this.maxValuesPerRequest = maxValuesPerRequest;
    }

    /** A new random id with {@code prefix}: {@code kpi_} then 20 of 0-9 a-z. */
    public static String newId(String prefix) {
        StringBuilder b = new StringBuilder(prefix);
        for (int i = 0; i < 20; i++) {
            b.append(ID_CHARS[RANDOM.nextInt(ID_CHARS.length)]);
        }
        return b.toString();
    }

    /**
     * Defines a KPI from its JSON.
     *
     * @throws io.enis.kit.domain.InvalidInputException naming every bad field; nothing is stored
     */
    public Kpi create(JsonNode body) {
        Fields f = new Fields();
        KpiDefinition definition = KpiReader.read(body, "", f, Set.of());
        f.throwIfInvalid();
        Kpi kpi = new Kpi(newId("kpi_"), definition, Now.of(clock));
        jdbi.useTransaction(h -> store.insert(h, kpi));
        return kpi;
    }

    /** Inserts a KPI inside the caller's transaction (a dashboard's inline definitions). */
    public Kpi create(Handle h, KpiDefinition definition) {
        Kpi kpi = new Kpi(newId("kpi_"), definition, Now.of(clock));
        store.insert(h, kpi);
        return kpi;
    }

    /** The store it writes to (for use cases that compose KPI writes with their own). */
    public KpiStore store() {
        return store;
    }

    /** @throws NotFoundException when there is no such KPI */
    public Kpi get(String id) {
        return jdbi.withHandle(h -> store.find(h, id)).orElseThrow(() -> notFound(id));
    }

    /** A page of KPIs in creation order, filtered by owner and tag when they are not null. */
    public List<Kpi> list(String owner, String tag, int offset, int limit) {
        return jdbi.withHandle(h -> store.list(h, owner, tag, offset, limit));
    }

    /**
     * Records a batch of values (see {@link ValueBatch} for the format and rules).
     *
     * @return how many values were stored
     * @throws NotFoundException when there is no such KPI
     * @throws io.enis.kit.domain.InvalidInputException naming every bad value; nothing is stored
     */
    public int record(String kpiId, JsonNode body) {
        Kpi kpi = get(kpiId);
        Instant now = Now.of(clock);
        List<ValueBatch.Point> points = ValueBatch.read(body, kpi.definition().unit(), now, maxValuesPerRequest);
        jdbi.useTransaction(h -> store.upsertValues(h, kpiId, points, now));
        return points.size();
    }

    /** The values with {@code from <= at < to}, oldest first. */
    public List<Value> values(String kpiId, Instant from, Instant to) {
        get(kpiId);
        return jdbi.withHandle(h -> store.values(h, kpiId, from, to));
    }

    static NotFoundException notFound(String id) {
        return new NotFoundException("no KPI '" + id + "'");
    }
}

package io.enis.cloudbus.manage;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.cloudbus.delivery.Dispatcher;
import io.enis.cloudbus.rules.Rule;
import io.enis.cloudbus.rules.RuleReader;
import io.enis.cloudbus.rules.RuleStore;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.json.Fields;
import io.enis.kit.json.Json;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * Buses and rules: every change is stored, then the dispatcher is reloaded so that deliveries follow
 * it at once. The {@value #DEFAULT_BUS} bus always exists.
 */
public final class RuleAdmin {
    /** The bus that always exists ({@code POST /v1/events} publishes to it). */
    public static final String DEFAULT_BUS = "default";
    private static final Pattern DESCRIPTION = Pattern.compile("[^\\p{Cntrl}]{0,500}");
    private final RuleStore rules;
    private final RuleReader reader;
    private final Dispatcher dispatcher;
    private final Clock clock;

    public RuleAdmin(RuleStore rules, RuleReader reader, Dispatcher dispatcher, Clock clock) {
        this.rules = rules;
        this.reader = reader;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    /** @throws NotFoundException when there is no such bus */
    public RuleStore.Bus bus(String name) {
        return rules.bus(name).orElseThrow(() -> new NotFoundException("no bus '" + name + "'"));
    }

    /** @throws NotFoundException when there is no such bus or rule */
    public Rule rule(String bus, String name) {
        bus(bus);
        return rules.rule(bus, name).orElseThrow(() -> new NotFoundException("no rule '" + name + "' on bus '" + bus + "'"));
    }

    /**
     * Creates a bus from a request body, {@code {"name", "description"}}.
     *
     * @throws InvalidInputException naming each invalid field
     * @throws ConflictException     when the name is taken
     */
    public RuleStore.Bus createBus(byte[] request) {
        JsonNode body = Json.parse(request);
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        String name = f.requiredText(body, "name", "name", RuleReader.NAME, RuleReader.NAME_ALLOWED);
        String description = f.optionalText(body, "description", "description", DESCRIPTION, "at most 500 characters");
        f.throwIfInvalid();
        if (!rules.createBus(name, description == null ? "" : description, clock.instant())) {
            throw new ConflictException("bus '" + name + "' already exists");
        }
        return rules.bus(name).orElseThrow();
    }

    /** @throws ConflictException for the default bus and a bus that still has rules */
    public void deleteBus(String name) {
        bus(name);
        if (name.equals(DEFAULT_BUS)) {
            throw new ConflictException("the default bus cannot be deleted");
        }
        if (!rules.deleteBus(name)) {
            throw new ConflictException("bus '" + name + "' still has rules; delete them first");
        }
    }

    /**
     * Creates a rule on {@code bus} from a request body (its {@code name}, {@code pattern}, {@code targets}).
     *
     * @throws InvalidInputException naming each invalid field
     * @throws ConflictException     when the bus has a rule of that name
     */
    public Rule create(String bus, byte[] request) {
        bus(bus);
        JsonNode body = Json.parse(request);
        String name = body.path("name").isTextual() ? body.path("name").textValue() : null;
        if (name == null || !RuleReader.NAME.matcher(name).matches()) {
            throw InvalidInputException.field("name", name == null ? "is required" : "must be " + RuleReader.NAME_ALLOWED);
        }
        Rule rule = reader.fromRequest(bus, name, body, null, clock.instant());
        if (!rules.save(rule, true)) {
            throw new ConflictException("rule '" + name + "' already exists on bus '" + bus + "'");
        }
        dispatcher.reload();
        return rule;
    }

    /**
     * Replaces the pattern and targets of a rule; it keeps its creation time.
     *
     * @throws NotFoundException     when there is no such rule
     * @throws InvalidInputException naming each invalid field
     */
    public Rule replace(String bus, String name, byte[] request) {
        bus(bus);
        JsonNode body = Json.parse(request);
        Rule existing = rule(bus, name);
        Rule rule = reader.fromRequest(bus, name, body, existing.createdAt(), clock.instant());
        if (!rules.save(rule, false)) {
            throw new NotFoundException("no rule '" + name + "' on bus '" + bus + "'");
        }
        dispatcher.reload();
        return rule;
    }

    /** Deletes a rule; its targets' deliveries stop. @throws NotFoundException when there is no such rule */
    public void delete(String bus, String name) {
        Rule rule = rule(bus, name);
        rules.delete(rule.bus(), rule.name());
        dispatcher.reload();
    }
}

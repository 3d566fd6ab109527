package io.enis.stacks.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What a plan would do to one stack, from {@code terraform show -json}: counts and the changed
 * resources, as text for the console and markdown for pull-request comments.
 *
 * @param stack stack id
 * @param create resources to create
 * @param update resources to update in place
 * @param replace resources to replace
 * @param delete resources to destroy
 * @param changes one line per changed resource: action and address
 */
public record PlanSummary(String stack, int create, int update, int replace, int delete, List<String> changes) {

    /** Reads the {@code resource_changes} of a plan JSON. */
    public static PlanSummary of(String stack, JsonNode plan) {
        int create = 0;
        int update = 0;
        int replace = 0;
        int delete = 0;
        List<String> changes = new ArrayList<>();
        for (JsonNode change : plan.path("resource_changes")) {
            List<String> actions = new ArrayList<>();
            change.path("change").path("actions").forEach(a -> actions.add(a.asText()));
            String action;
            if (actions.contains("create") && actions.contains("delete")) {
                replace++;
                action = "replace";
            } else if (actions.contains("create")) {
                create++;
                action = "create";
            } else if (actions.contains("update")) {
                update++;
                action = "update";
            } else if (actions.contains("delete")) {
                delete++;
                action = "delete";
            } else {
                continue;
            }
            changes.add(action + " " + change.path("address").asText());
        }
        return new PlanSummary(stack, create, update, replace, delete, List.copyOf(changes));
    }

    /** True when applying would change nothing. */
    public boolean empty() {
        return create + update + replace + delete == 0;
    }

    /** {@code platform-dev: 3 to create, 1 to update, 0 to replace, 0 to destroy}. */
    public String line() {
        return stack + ": " + create + " to create, " + update + " to update, " + replace + " to replace, " + delete
                + " to destroy";
    }

    /** The summary as markdown. */
    public String markdown() {
        StringBuilder md = new StringBuilder("### `" + stack + "`\n\n" + create + " to create, " + update
                + " to update, " + replace + " to replace, **" + delete + " to destroy**\n");
        if (!changes.isEmpty()) {
            md.append("\n<details><summary>changes</summary>\n\n");
            changes.forEach(change -> md.append("- `").append(change).append("`\n"));
            md.append("\n</details>\n");
        }
        return md.toString();
    }
}

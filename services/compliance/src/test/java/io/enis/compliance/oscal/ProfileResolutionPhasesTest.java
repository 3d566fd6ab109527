package io.enis.compliance.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.enis.kit.domain.Violation;
import io.enis.kit.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The phases of profile resolution on small JSON fixtures: the cases the HTTP fixtures do not reach. */
class ProfileResolutionPhasesTest {
    private static final String CATALOG = "{\"groups\": [{\"id\": \"g\", \"title\": \"G\", \"props\": "
            + "[{\"name\": \"k\", \"value\": \"v\"}], \"controls\": [{\"id\": \"p-1\", \"title\": \"parent\", "
            + "\"controls\": [{\"id\": \"p-1.1\", \"title\": \"child\"}, {\"id\": \"p-1.2\", \"title\": \"other\"}]}, "
            + "{\"id\": \"p-2\", \"title\": \"two\"}]}, {\"id\": \"empty\", \"title\": \"E\", \"controls\": "
            + "[{\"id\": \"q-1\", \"title\": \"q\"}]}]}";

    private final List<Violation> problems = new ArrayList<>();

    private static ObjectNode json(String text) {
        return (ObjectNode) Json.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSelectedChildOfAnUnselectedParentTakesItsPlaceAndEmptyGroupsGo() {
        var selected = ControlSelection.select(
                json(CATALOG), json("{\"include-controls\": [{\"with-ids\": [\"p-1.1\", \"p-2\"]}]}"), "i", problems);
        assertThat(problems).isEmpty();
        assertThat(selected.ids()).containsExactly("p-1.1", "p-2");
        JsonNode groups = selected.catalog().get("groups");
        assertThat(groups.size())
                .as("the group without a selected control is dropped")
                .isEqualTo(1);
        assertThat(groups.get(0).get("props").toString())
                .as("the group keeps its content")
                .contains("\"k\"");
        assertThat(groups.get(0).get("controls").findValuesAsText("id")).containsExactly("p-1.1", "p-2");
        assertThat(json(CATALOG).toString()).as("the source is not changed").contains("p-1.2");
    }

    @Test
    void matchingPatternsAreWholeIdGlobs() {
        var selected = ControlSelection.select(
                json(CATALOG),
                json("{\"include-controls\": [{\"matching\": [{\"pattern\": \"p-?.*\"}, {\"pattern\": \"q\"}]}]}"),
                "i",
                problems);
        assertThat(selected.ids()).containsExactly("p-1.1", "p-1.2");
        assertThat(ControlSelection.glob("a.b*").matcher("aXb").matches())
                .as("a dot is a dot")
                .isFalse();
    }

    @Test
    void excludeWithChildControlsTakesTheSubtreeAndUnknownIdsAreNamed() {
        var selected = ControlSelection.select(
                json(CATALOG),
                json("{\"include-all\": {}, \"exclude-controls\": [{\"with-ids\": [\"p-1\"], "
                        + "\"with-child-controls\": \"yes\"}, {\"with-ids\": [\"nope\"]}]}"),
                "profile.imports[3]",
                problems);
        assertThat(selected.ids()).containsExactly("p-2", "q-1");
        assertThat(problems)
                .extracting(Violation::field)
                .containsExactly("profile.imports[3].exclude-controls[1].with-ids[0]");
    }

    @Test
    void removesMatchEveryCriterionGivenAtAnyDepthOfParts() {
        ObjectNode catalog = json("{\"controls\": [{\"id\": \"c\", \"title\": \"t\", \"props\": [{\"name\": \"a\", "
                + "\"ns\": \"https://x\", \"value\": \"1\"}, {\"name\": \"a\", \"value\": \"2\"}], \"parts\": [{\"id\": "
                + "\"s\", \"name\": \"statement\", \"props\": [{\"name\": \"a\", \"ns\": \"https://x\", \"value\": \"3\"}], "
                + "\"parts\": [{\"id\": \"s.a\", \"name\": \"item\", \"class\": \"x\"}, {\"id\": \"s.b\", \"name\": "
                + "\"item\"}]}]}]}");
        ProfileModify.apply(
                json("{\"modify\": {\"alters\": [{\"control-id\": \"c\", \"removes\": [{\"by-name\": \"a\", \"by-ns\": "
                        + "\"https://x\"}, {\"by-class\": \"x\", \"by-item-name\": \"part\"}]}]}}"),
                catalog,
                problems);
        assertThat(problems).isEmpty();
        JsonNode c = catalog.get("controls").get(0);
        assertThat(c.get("props").findValuesAsText("value")).containsExactly("2");
        assertThat(c.get("parts").get(0).has("props")).as("emptied lists go").isFalse();
        assertThat(c.get("parts").get(0).get("parts").findValuesAsText("id")).containsExactly("s.b");
    }

    @Test
    void addsInsidePartsAndSetParametersReplaceByNameOrHref() {
        ObjectNode catalog = json(
                "{\"controls\": [{\"id\": \"c\", \"title\": \"t\", \"params\": [{\"id\": \"c_prm\", "
                        + "\"props\": [{\"name\": \"n\", \"value\": \"old\"}], \"links\": [{\"href\": \"#a\", \"text\": \"old\"}]}], "
                        + "\"parts\": [{\"id\": \"s\", \"name\": \"statement\", \"parts\": [{\"id\": \"s.a\", \"name\": \"item\"}]}]}]}");
        ProfileModify.apply(
                json("{\"modify\": {\"set-parameters\": [{\"param-id\": \"c_prm\", \"props\": [{\"name\": \"n\", "
                        + "\"value\": \"new\"}, {\"name\": \"m\", \"value\": \"added\"}], \"links\": [{\"href\": \"#a\", "
                        + "\"text\": \"new\"}]}], \"alters\": [{\"control-id\": \"c\", \"adds\": [{\"by-id\": \"s\", "
                        + "\"position\": \"starting\", \"parts\": [{\"id\": \"s.0\", \"name\": \"item\"}], \"props\": "
                        + "[{\"name\": \"p\", \"value\": \"1\"}]}]}]}}"),
                catalog,
                problems);
        assertThat(problems).isEmpty();
        JsonNode c = catalog.get("controls").get(0);
        assertThat(c.at("/params/0/props").findValuesAsText("value")).containsExactly("new", "added");
        assertThat(c.at("/params/0/links").findValuesAsText("text")).containsExactly("new");
        assertThat(c.at("/parts/0/parts").findValuesAsText("id")).containsExactly("s.0", "s.a");
        assertThat(c.at("/parts/0/props").findValuesAsText("name")).containsExactly("p");
    }

    @Test
    void flatMovesGroupParamsToTheCatalogAndKeepIsTheDefault() {
        ObjectNode catalog = json("{\"groups\": [{\"id\": \"g\", \"title\": \"G\", \"params\": [{\"id\": \"g_prm\"}], "
                + "\"controls\": [{\"id\": \"c\", \"title\": \"t\"}], \"groups\": [{\"id\": \"h\", \"title\": \"H\", "
                + "\"controls\": [{\"id\": \"d\", \"title\": \"u\"}]}]}]}");
        ObjectNode merged = ProfileMerge.merge(json("{}"), new ArrayList<>(List.of(catalog)), problems);
        assertThat(ProfileMerge.method(json("{}"))).isEqualTo(ProfileMerge.KEEP);
        assertThat(ProfileMerge.method(json("{\"merge\": {\"as-is\": true}}"))).isEqualTo(ProfileMerge.MERGE);
        assertThat(merged.has("groups")).isFalse();
        assertThat(merged.get("controls").findValuesAsText("id")).containsExactly("c", "d");
        assertThat(merged.get("params").findValuesAsText("id")).containsExactly("g_prm");
    }
}

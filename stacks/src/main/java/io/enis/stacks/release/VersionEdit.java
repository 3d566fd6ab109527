package io.enis.stacks.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes {@code services.<name>.version} values in the text of an environment file and nothing
 * else: comments, order and layout stay as they are. Only the version line of each named service
 * is rewritten.
 */
public final class VersionEdit {
    private static final Pattern SERVICE = Pattern.compile("^  ([a-z][a-z0-9-]*):\\s*(#.*)?$");
    private static final Pattern VERSION = Pattern.compile("^(    version:\\s*)(\"?)([^\\s\"#]+)(\"?)(\\s*(#.*)?)$");

    private VersionEdit() {}

    /** The service versions written in {@code yaml}, in file order. */
    public static Map<String, String> versions(String yaml) {
        Map<String, String> versions = new LinkedHashMap<>();
        scan(yaml, (service, matcher, lines, index) -> versions.put(service, matcher.group(3)));
        return versions;
    }

    /**
     * {@code yaml} with the versions of the services in {@code changes} replaced.
     *
     * @throws IllegalArgumentException naming a service whose version line is not in the file
     */
    public static String apply(String yaml, Map<String, String> changes) {
        List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
        Map<String, String> remaining = new LinkedHashMap<>(changes);
        scan(yaml, (service, matcher, all, index) -> {
            if (remaining.containsKey(service)) {
                lines.set(
                        index,
                        matcher.group(1)
                                + matcher.group(2)
                                + remaining.remove(service)
                                + matcher.group(4)
                                + matcher.group(5));
            }
        });
        if (!remaining.isEmpty()) {
            throw new IllegalArgumentException("no services.<name>.version line for " + remaining.keySet());
        }
        return String.join("\n", lines);
    }

    private interface VersionLine {
        void found(String service, Matcher matcher, List<String> lines, int index);
    }

    private static void scan(String yaml, VersionLine visitor) {
        List<String> lines = List.of(yaml.split("\n", -1));
        boolean inServices = false;
        String service = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#")) {
                inServices = line.startsWith("services:");
                service = null;
                continue;
            }
            if (!inServices) {
                continue;
            }
            Matcher serviceLine = SERVICE.matcher(line);
            if (serviceLine.matches()) {
                service = serviceLine.group(1);
                continue;
            }
            Matcher versionLine = VERSION.matcher(line);
            if (service != null && versionLine.matches()) {
                visitor.found(service, versionLine, lines, i);
            }
        }
    }
}

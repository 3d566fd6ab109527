package io.enis.stacks.environment;

/** Field paths as users read them: {@code network.privateSubnets[1]}, {@code services.cloud-bus.version}. */
final class FieldPath {
    private FieldPath() {}

    /** Converts a JSON Pointer ({@code /network/privateSubnets/1}) to {@code network.privateSubnets[1]}; the root is {@code (root)}. */
    static String of(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.length() == 0 ? "(root)" : path.toString();
    }

    /** {@code parent.child}, or {@code child} at the root. */
    static String child(String parent, String child) {
        return parent.equals("(root)") ? child : parent + "." + child;
    }
}

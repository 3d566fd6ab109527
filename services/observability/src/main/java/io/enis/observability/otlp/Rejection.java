package io.enis.observability.otlp;

import java.util.List;

/**
 * Part of an export that was refused while the rest was stored: where ({@code path}, an OTLP/JSON
 * path), why, and how many items (spans or data points) that is — 0 for a warning about something that
 * is not an item itself (such as a resource's {@code target_info}).
 */
public record Rejection(String path, String reason, int items) {
    /** How many reasons an {@link #summary} lists before "and N more". */
    public static final int LISTED = 5;

    /** Items refused in total. */
    public static long count(List<Rejection> rejections) {
        return rejections.stream().mapToLong(Rejection::items).sum();
    }

    /**
     * The {@code errorMessage} of an OTLP partial success: "2 of 7 spans rejected: path: reason; …",
     * at most {@link #LISTED} reasons; empty when there is no rejection.
     */
    public static String summary(List<Rejection> rejections, long total, String noun) {
        if (rejections.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder()
                .append(count(rejections))
                .append(" of ")
                .append(total)
                .append(' ')
                .append(noun)
                .append(" rejected: ");
        for (int i = 0; i < Math.min(LISTED, rejections.size()); i++) {
            Rejection r = rejections.get(i);
            b.append(i == 0 ? "" : "; ").append(r.path()).append(": ").append(r.reason());
        }
        if (rejections.size() > LISTED) {
            b.append(" (and ").append(rejections.size() - LISTED).append(" more)");
        }
        return b.toString();
    }
}

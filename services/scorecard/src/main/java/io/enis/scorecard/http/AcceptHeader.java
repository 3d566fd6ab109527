package io.enis.scorecard.http;

import java.util.List;
import java.util.Locale;

/** Content negotiation between JSON and HTML from an {@code Accept} header. */
final class AcceptHeader {
    private AcceptHeader() {}

    /**
     * Whether HTML is preferred: {@code text/html} (or {@code text/*}) with a higher quality than
     * {@code application/json} (or {@code application/*}, {@code *}{@code /*}). A browser's
     * {@code text/html,…,*}{@code /*;q=0.8} gets HTML; curl's {@code *}{@code /*}, no header or a tie get JSON.
     */
    static boolean prefersHtml(String accept) {
        return preferred(accept, List.of("application/json", "text/html")).equals("text/html");
    }

    /**
     * The media type of {@code offered} that {@code accept} rates highest (an exact type, then
     * {@code type/*}, then {@code *}{@code /*} give its quality); ties and no header give the first
     * offered.
     */
    static String preferred(String accept, List<String> offered) {
        if (accept == null) {
            return offered.get(0);
        }
        double[] q = new double[offered.size()];
        int[] specificity = new int[offered.size()];
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(pieces);
            for (int i = 0; i < offered.size(); i++) {
                String o = offered.get(i);
                int s = type.equals(o)
                        ? 3
                        : type.equals(o.substring(0, o.indexOf('/')) + "/*") ? 2 : type.equals("*/*") ? 1 : 0;
                if (s > specificity[i]) {
                    specificity[i] = s;
                    q[i] = quality;
                } else if (s > 0 && s == specificity[i]) {
                    q[i] = Math.max(q[i], quality);
                }
            }
        }
        int best = 0;
        for (int i = 1; i < offered.size(); i++) {
            if (q[i] > q[best]) {
                best = i;
            }
        }
        return offered.get(best);
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String p = pieces[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}

package io.enis.scorecard.http;

import java.util.List;
import java.util.Locale;

/** Content negotiation: JSON or HTML from an {@code Accept} header, gzip from {@code Accept-Encoding}. */
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

    /**
     * Whether an {@code Accept-Encoding} header allows gzip: {@code gzip} (or {@code x-gzip}) with a
     * quality above 0, or else {@code *} with one. No header: no.
     */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Double star = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return quality(pieces) > 0;
            }
            if (coding.equals("*")) {
                star = quality(pieces);
            }
        }
        return star != null && star > 0;
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

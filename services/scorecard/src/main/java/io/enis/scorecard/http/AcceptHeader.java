package io.enis.scorecard.http;

import java.util.Locale;

/** Content negotiation between JSON and HTML from an {@code Accept} header. */
final class AcceptHeader {
    private AcceptHeader() {
    }

    /**
     * Whether HTML is preferred: {@code text/html} (or {@code text/*}) with a higher quality than
     * {@code application/json} (or {@code application/*}, {@code *}{@code /*}). A browser's
     * {@code text/html,…,*}{@code /*;q=0.8} gets HTML; curl's {@code *}{@code /*}, no header or a tie get JSON.
     */
    static boolean prefersHtml(String accept) {
        if (accept == null) {
            return false;
        }
        double html = 0;
        double json = 0;
        for (String part : accept.split(",")) {
            String[] pieces = part.split(";");
            String type = pieces[0].trim().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].trim();
                if (p.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            switch (type) {
                case "text/html", "text/*" -> html = Math.max(html, q);
                case "application/json", "application/*", "*/*" -> json = Math.max(json, q);
                default -> { }
            }
        }
        return html > json;
    }
}

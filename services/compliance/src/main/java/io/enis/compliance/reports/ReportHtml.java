package io.enis.compliance.reports;

import io.enis.compliance.auditlog.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A report as one self-contained HTML page: inline CSS allowed by its hash in {@link
 * #CONTENT_SECURITY_POLICY}, no scripts, images, fonts or links to fetch, so it renders the same offline and
 * leaks nothing when opened. Every value is escaped ({@code & < > " '}): a control title or an evidence title
 * cannot inject markup.
 */
public final class ReportHtml {
    static final String STYLE = "body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;width:100%;margin-bottom:2em}td,th{padding:.3em .5em;"
            + "border-bottom:1px solid #ddd;text-align:left;vertical-align:top}"
            + ".passing{color:#17663a}.failing{color:#a11}.waived{color:#8a5a00}.not_applicable{color:#555}"
            + "ul{margin:0;padding-left:1.2em}small{color:#555}";

    /** The policy the page is served with: nothing but its own inline style. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE)
            + "'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private ReportHtml() {}

    public static String render(ReportDocument doc) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(doc.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(escape(doc.title()))
                .append("</h1>\n<dl>");
        for (String[] f : doc.facts()) {
            b.append("<dt>")
                    .append(escape(f[0]))
                    .append("</dt><dd>")
                    .append(escape(f[1]))
                    .append("</dd>");
        }
        b.append("</dl>\n");
        for (ReportDocument.Section s : doc.sections()) {
            b.append("<h2>").append(escape(s.title())).append("</h2>\n<p>");
            for (Map.Entry<String, Object> count : s.summary().entrySet()) {
                b.append(escape(count.getKey()))
                        .append(": ")
                        .append(count.getValue())
                        .append(". ");
            }
            b.append("</p>\n<table><thead><tr><th>Control</th><th>Status</th><th>Why</th><th>Evidence</th></tr>"
                    + "</thead><tbody>\n");
            for (ReportDocument.Row r : s.rows()) {
                b.append("<tr><td>")
                        .append(escape(r.ref()))
                        .append("<br><small>")
                        .append(escape(r.title()))
                        .append("</small></td><td class=\"")
                        .append(escape(r.status()))
                        .append("\">")
                        .append(escape(r.status()))
                        .append("</td><td>");
                list(b, r.reasons());
                b.append("</td><td>");
                list(b, r.evidence());
                b.append("</td></tr>\n");
            }
            b.append("</tbody></table>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    private static void list(StringBuilder b, java.util.List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        b.append("<ul>");
        items.forEach(i -> b.append("<li>").append(escape(i)).append("</li>"));
        b.append("</ul>");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String sha256(String text) {
        return "sha256-"
                + Base64.getEncoder().encodeToString(Sha256.digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}

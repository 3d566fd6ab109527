package io.enis.billing.invoices.render;

import io.enis.billing.invoices.Invoice;

/**
 * An invoice as one self-contained HTML page: inline CSS, no scripts, images, fonts or links to
 * fetch, so it renders the same offline and leaks nothing when opened. Every value is escaped
 * ({@code & < > " '}), so a description cannot inject markup.
 */
public final class InvoiceHtml {
    private static final String STYLE = "body{font-family:Helvetica,Arial,sans-serif;margin:2em;color:#222}"
            + "table{border-collapse:collapse;width:100%}td,th{padding:.3em .5em;border-bottom:1px solid #ddd;text-align:left}"
            + "td.n,th.n{text-align:right}tr.total td{font-weight:bold}";

    private InvoiceHtml() {}

    public static String render(Invoice invoice) {
        InvoiceView v = InvoiceView.of(invoice);
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(v.title()))
                .append("</title><style>")
                .append(STYLE)
                .append("</style></head><body>\n<h1>")
                .append(escape(v.title()))
                .append("</h1>\n<dl>");
        for (String[] f : v.facts()) {
            b.append("<dt>")
                    .append(escape(f[0]))
                    .append("</dt><dd>")
                    .append(escape(f[1]))
                    .append("</dd>");
        }
        b.append(
                "</dl>\n<table><thead><tr><th>Description</th><th>Kind</th><th class=\"n\">Quantity</th><th class=\"n\">Amount</th></tr></thead><tbody>\n");
        for (String[] l : v.lines()) {
            b.append("<tr><td>")
                    .append(escape(l[0]))
                    .append("</td><td>")
                    .append(escape(l[1]))
                    .append("</td><td class=\"n\">")
                    .append(escape(l[2]))
                    .append("</td><td class=\"n\">")
                    .append(escape(l[3]))
                    .append("</td></tr>\n");
        }
        b.append("</tbody></table>\n<table class=\"totals\"><tbody>\n");
        for (String[] t : v.totals()) {
            b.append(t[0].equals("Total") ? "<tr class=\"total\">" : "<tr>")
                    .append("<td>")
                    .append(escape(t[0]))
                    .append("</td><td class=\"n\">")
                    .append(escape(t[1]))
                    .append("</td></tr>\n");
        }
        return b.append("</tbody></table>\n</body></html>\n").toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

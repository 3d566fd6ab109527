package io.enis.compliance.reports;

import io.enis.kit.pdf.PdfDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A report as a PDF (Apache PDFBox, as billing's invoices): A4 pages with the content of {@link ReportHtml} —
 * facts, then per framework its counts and each control with its status, reasons and evidence, long lines
 * wrapped — in the standard Helvetica fonts (nothing embedded or fetched). Characters outside Latin-1 are
 * written as {@code ?}. The creation date is the report's date and the document id a digest of its content,
 * so the same report renders to the same bytes (the auditor bundle's manifest stays stable).
 */
public final class ReportPdf {
    private static final float MARGIN = 50;
    private static final float LEADING = 12;
    private static final float SIZE = 9;
    private static final float STATUS_X = 380;
    private static final int WRAP = 105;

    private ReportPdf() {}

    /** @param createdAtMs the document's creation date (the report's date) */
    public static byte[] render(ReportDocument doc, long createdAtMs) {
        try (PDDocument pdf = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            PdfDocuments.identify(
                    pdf,
                    doc.title(),
                    "ENIS compliance",
                    Instant.ofEpochMilli(createdAtMs),
                    ReportHtml.render(doc).getBytes(StandardCharsets.UTF_8));
            new Pages(pdf).write(doc);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report as PDF", e);
        }
    }

    /** Lays lines out top to bottom, opening a new page when the next line would cross the bottom margin. */
    private static final class Pages {
        private final PDDocument pdf;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream page;
        private float y;

        Pages(PDDocument pdf) {
            this.pdf = pdf;
        }

        void write(ReportDocument doc) throws IOException {
            open();
            line(bold, 16, MARGIN, doc.title());
            y -= 6;
            for (String[] fact : doc.facts()) {
                line(regular, SIZE, MARGIN, fact[0] + ": " + fact[1]);
            }
            for (ReportDocument.Section s : doc.sections()) {
                y -= 8;
                line(bold, 12, MARGIN, s.title());
                line(regular, SIZE, MARGIN, counts(s.summary()));
                for (ReportDocument.Row r : s.rows()) {
                    y -= 3;
                    room();
                    show(bold, SIZE, MARGIN, clip(r.ref() + "  " + r.title(), 70));
                    show(bold, SIZE, STATUS_X, r.status());
                    y -= LEADING;
                    for (String reason : r.reasons()) {
                        wrapped(reason, "why: ");
                    }
                    for (String evidence : r.evidence()) {
                        wrapped(evidence, "evidence: ");
                    }
                }
            }
            page.close();
        }

        private static String counts(Map<String, Object> summary) {
            List<String> parts = new ArrayList<>();
            summary.forEach((k, v) -> parts.add(k + " " + v));
            return String.join(", ", parts);
        }

        private void wrapped(String text, String prefix) throws IOException {
            String rest = prefix + text;
            while (!rest.isEmpty()) {
                int cut = Math.min(rest.length(), WRAP);
                if (cut < rest.length()) {
                    int space = rest.lastIndexOf(' ', cut);
                    cut = space > WRAP / 2 ? space : cut;
                }
                line(regular, SIZE, MARGIN + 12, rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
        }

        private void open() throws IOException {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            pdf.addPage(p);
            page = new PDPageContentStream(pdf, p);
            y = p.getMediaBox().getHeight() - MARGIN;
        }

        private void room() throws IOException {
            if (y - LEADING < MARGIN) {
                open();
            }
        }

        private void line(PDType1Font font, float size, float x, String text) throws IOException {
            room();
            show(font, size, x, text);
            y -= Math.max(LEADING, size + 4);
        }

        private void show(PDType1Font font, float size, float x, String text) throws IOException {
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(x, y);
            page.showText(latin1(text));
            page.endText();
        }

        private static String clip(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 3) + "...";
        }

        /** Helvetica's WinAnsi encoding shows printable ASCII and Latin-1; everything else becomes {@code ?}. */
        private static String latin1(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                b.append((c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) ? c : '?');
            }
            return b.toString();
        }
    }
}

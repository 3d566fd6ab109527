package io.enis.billing.invoices.render;

import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceDocument;
import io.enis.kit.pdf.PdfDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * An invoice as a PDF (Apache PDFBox): A4 pages with the same content as {@link InvoiceHtml}, in
 * the standard Helvetica fonts (nothing embedded or fetched), continued on new pages when the lines
 * do not fit. Characters the standard fonts cannot show are written as {@code ?}. The document's
 * creation date is the invoice's finalization (or creation) time and its id a digest of the invoice
 * document, so the same invoice renders to the same bytes.
 */
public final class InvoicePdf {
    private static final float MARGIN = 50;
    private static final float LEADING = 15;
    private static final float[] COLUMNS = {MARGIN, 330, 420, 480};

    private InvoicePdf() {}

    public static byte[] render(Invoice invoice) {
        InvoiceView v = InvoiceView.of(invoice);
        try (PDDocument doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            // a document id from the invoice's content instead of PDFBox's time-based one: same invoice, same bytes
            PdfDocuments.identify(
                    doc,
                    v.title(),
                    "ENIS billing",
                    invoice.finalizedAt().orElse(invoice.createdAt()),
                    InvoiceDocument.bytes(invoice));
            new Writer(doc).write(v);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render invoice " + invoice.id() + " as PDF", e);
        }
    }

    /** Writes rows top to bottom, starting a new page when the next row would cross the bottom margin. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument doc) {
            this.doc = doc;
        }

        void write(InvoiceView v) throws IOException {
            newPage();
            text(bold, 18, MARGIN, v.title());
            y -= 10;
            for (String[] f : v.facts()) {
                row(regular, f[0] + ": " + f[1]);
            }
            y -= 10;
            row(bold, "Description", "Kind", "Quantity", "Amount");
            for (String[] l : v.lines()) {
                row(regular, l);
            }
            y -= 10;
            for (String[] t : v.totals()) {
                row(t[0].equals("Total") ? bold : regular, t[0], "", "", t[1]);
            }
            content.close();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        private void row(PDType1Font font, String... cells) throws IOException {
            if (y - LEADING < MARGIN) {
                newPage();
            }
            for (int i = 0; i < cells.length; i++) {
                text(font, 10, COLUMNS[i], clip(cells[i], i == 0 && cells.length > 1 ? 48 : 90));
            }
            y -= LEADING;
        }

        private void text(PDType1Font font, float size, float x, String s) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(PdfDocuments.encodable(font, s));
            content.endText();
            if (size > 10) {
                y -= size + 4;
            }
        }

        private static String clip(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1) + "…";
        }
    }
}

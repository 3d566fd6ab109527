package io.enis.scorecard.page;

import io.enis.kit.pdf.PdfDocuments;
import io.enis.scorecard.dashboard.DashboardView;
import io.enis.scorecard.evaluation.KpiEvaluation;
import io.enis.scorecard.kpi.DailySeries;
import io.enis.scorecard.kpi.KpiDefinition;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A dashboard report as a PDF (Apache PDFBox, as billing's invoices): A4 pages with the page's
 * content ({@link DashboardPage}: the same sentences, from {@link PanelText}) — per panel its title,
 * value, status, target, change, a sparkline drawn as vector lines with its goal line, projected
 * attainment and anomalies — in the standard Helvetica fonts (nothing embedded or fetched), a panel
 * moved to a new page when it would cross the bottom margin. Characters the standard fonts cannot show
 * are written as {@code ?}. The creation date is the report's generation time and the document id a
 * digest of {@code identity}, so the same report renders to the same bytes.
 */
public final class ReportPdf {
    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final float SPARK_HEIGHT = 40;
    private static final float PANEL_HEIGHT = 7 * LEADING + SPARK_HEIGHT + 16;

    private ReportPdf() {}

    /**
     * @param subtitle    the line under the title (the period)
     * @param notes       lines in small type under the subtitle (a report's frozen periods), each cut at 110 characters
     * @param generatedAt the document's creation date
     * @param identity    what the document id is a digest of (the report's id)
     */
    public static byte[] render(
            DashboardView view, String subtitle, List<String> notes, Instant generatedAt, String identity) {
        try (PDDocument doc = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            PdfDocuments.identify(
                    doc,
                    view.dashboard().name(),
                    "ENIS scorecard",
                    generatedAt,
                    identity.getBytes(StandardCharsets.UTF_8));
            new Writer(doc).write(view, subtitle, notes);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render report " + identity + " as PDF", e);
        }
    }

    /** Writes panels top to bottom, a new page when the next panel would cross the bottom margin. */
    private static final class Writer {
        private final PDDocument doc;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDPageContentStream content;
        private float width;
        private float y;

        Writer(PDDocument doc) {
            this.doc = doc;
        }

        void write(DashboardView view, String subtitle, List<String> notes) throws IOException {
            newPage();
            line(bold, 18, view.dashboard().name());
            line(regular, 10, subtitle);
            for (String note : notes) {
                line(regular, 8, note);
            }
            y -= LEADING;
            for (DashboardView.PanelView p : view.panels()) {
                if (y - PANEL_HEIGHT < MARGIN) {
                    newPage();
                }
                panel(p);
            }
            content.close();
        }

        private void panel(DashboardView.PanelView p) throws IOException {
            KpiEvaluation e = p.evaluation();
            KpiDefinition d = e.kpi().definition();
            line(bold, 12, p.panel().title());
            line(regular, 10, PanelText.value(e) + " " + d.unit().symbol() + " - " + PanelText.status(e.status()));
            line(regular, 10, PanelText.target(d));
            String change = PanelText.change(e);
            if (change != null) {
                line(regular, 10, change);
            }
            sparkline(e);
            String attainment = PanelText.attainment(e);
            if (attainment != null) {
                line(regular, 10, attainment);
            }
            String anomalies = PanelText.anomalies(e);
            if (anomalies != null) {
                line(regular, 10, anomalies);
            }
            y -= LEADING;
        }

        /** The daily values as a line and the target as a dashed goal line, in a box the width of the text. */
        private void sparkline(KpiEvaluation e) throws IOException {
            List<DailySeries.Day> days = e.sparkline();
            float bottom = y - SPARK_HEIGHT;
            double target = e.kpi().definition().target();
            if (days.isEmpty()) {
                line(regular, 9, "no data in the time range");
                return;
            }
            double min = target;
            double max = target;
            for (DailySeries.Day day : days) {
                min = Math.min(min, day.value());
                max = Math.max(max, day.value());
            }
            double span = max == min ? 1 : max - min;
            long first = days.get(0).date().toEpochDay();
            long last = Math.max(days.get(days.size() - 1).date().toEpochDay(), first + 1);
            List<float[]> points = new ArrayList<>(days.size());
            for (DailySeries.Day day : days) {
                points.add(new float[] {
                    MARGIN + (float) ((day.date().toEpochDay() - first) / (double) (last - first) * width),
                    bottom + (float) ((day.value() - min) / span * SPARK_HEIGHT)
                });
            }
            float goal = bottom + (float) ((target - min) / span * SPARK_HEIGHT);
            content.setLineWidth(0.5f);
            content.setLineDashPattern(new float[] {2, 2}, 0);
            content.setStrokingColor(0.45f, 0.45f, 0.45f);
            content.moveTo(MARGIN, goal);
            content.lineTo(MARGIN + width, goal);
            content.stroke();
            content.setLineDashPattern(new float[] {}, 0);
            content.setLineWidth(1.2f);
            content.setStrokingColor(0.04f, 0.41f, 0.85f);
            content.moveTo(points.get(0)[0], points.get(0)[1]);
            for (float[] pt : points.subList(1, points.size())) {
                content.lineTo(pt[0], pt[1]);
            }
            if (points.size() == 1) {
                content.lineTo(points.get(0)[0] + 1, points.get(0)[1]);
            }
            content.stroke();
            y = bottom - LEADING;
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            content = new PDPageContentStream(doc, page);
            width = page.getMediaBox().getWidth() - 2 * MARGIN;
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        private void line(PDType1Font font, float size, String s) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(PdfDocuments.encodable(font, s.length() <= 110 ? s : s.substring(0, 109) + "..."));
            content.endText();
            y -= Math.max(LEADING, size + 4);
        }
    }
}

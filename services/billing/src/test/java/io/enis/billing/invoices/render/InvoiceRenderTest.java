package io.enis.billing.invoices.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.enis.billing.invoices.AppliedCoupon;
import io.enis.billing.invoices.BillingInput;
import io.enis.billing.invoices.BillingPeriod;
import io.enis.billing.invoices.Coupon;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.LineRequest;
import io.enis.billing.invoices.TaxRate;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.billing.pricing.FlatPrice;
import io.enis.billing.pricing.PerUnitPrice;
import io.enis.billing.pricing.Quantity;
import io.enis.billing.pricing.UnitPrice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class InvoiceRenderTest {
    static final Currency EUR = Currency.of("EUR");
    static final BillingPeriod NOVEMBER =
            new BillingPeriod(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

    private static Invoice invoice(List<LineRequest> lines) {
        var input = new BillingInput(
                "org_a",
                "cus_<b>&1",
                EUR,
                "sub_1/2026-11",
                NOVEMBER,
                List.of(new TaxRate("vat", "VAT 21%", new BigDecimal("21"))),
                List.of(new AppliedCoupon(Coupon.percent("ten", BigDecimal.TEN, Coupon.Duration.ONCE, 0), 0)),
                lines);
        return Invoice.draft("in_1", input, NOVEMBER.start()).finalizeAs("ENIS-2026-000042", NOVEMBER.end());
    }

    private static List<LineRequest> lines() {
        return List.of(
                new LineRequest.RecurringFee(
                        "Pro plan <script>alert(1)</script>",
                        FlatPrice.of(Money.of(2900, EUR)),
                        Quantity.of(1),
                        NOVEMBER),
                new LineRequest.RecurringFee(
                        "Seats × 3 — Zürich 東京",
                        PerUnitPrice.of(EUR, UnitPrice.of("unit_price", "1250")),
                        Quantity.of(3),
                        NOVEMBER));
    }

    @Test
    void theHtmlIsEscapedAndSelfContained() {
        Invoice inv = invoice(lines());
        String html = InvoiceHtml.render(inv);
        assertThat(html)
                .contains(
                        "<h1>Invoice ENIS-2026-000042</h1>",
                        "Pro plan &lt;script&gt;alert(1)&lt;/script&gt;",
                        "cus_&lt;b&gt;&amp;1",
                        "66.50 EUR",
                        "Total",
                        "72.42 EUR" /* 66.50 − 6.65 + 21 % of 59.85 (12.57) */);
        assertThat(html).doesNotContain("<script", "http:", "https:", "src=", "<link", "url(");
    }

    @Test
    void thePdfParsesBackToTheNumberLinesAndTotal() throws Exception {
        Invoice inv = invoice(lines());
        byte[] pdf = InvoicePdf.render(inv);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains(
                            "Invoice ENIS-2026-000042",
                            "Pro plan <script>alert(1)</script>",
                            "29.00 EUR",
                            "37.50 EUR",
                            "Seats × 3 — Zürich ??",
                            "Total 72.42 EUR",
                            "Amount due 72.42 EUR");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Invoice ENIS-2026-000042");
        }
        assertThat(InvoicePdf.render(inv)).as("repeatable").isEqualTo(pdf);
    }

    @Test
    void anAppliedBalanceIsShownBeforeTheAmountDue() {
        Invoice draft = invoice(lines());
        Invoice inv = Invoice.draft("in_2", draft.source(), NOVEMBER.start())
                .finalizeAs("ENIS-2026-000043", NOVEMBER.end(), 2000);
        String html = InvoiceHtml.render(inv);
        assertThat(html).contains("Applied balance", "-20.00 EUR", "52.42 EUR" /* 72.42 − 20.00 */);
    }

    @Test
    void manyLinesContinueOnMorePages() throws Exception {
        List<LineRequest> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(new LineRequest.RecurringFee(
                    "Line " + i, FlatPrice.of(Money.of(100, EUR)), Quantity.of(1), NOVEMBER));
        }
        try (PDDocument doc = Loader.loadPDF(InvoicePdf.render(invoice(many)))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Line 0", "Line 119", "120.00 EUR");
        }
    }
}

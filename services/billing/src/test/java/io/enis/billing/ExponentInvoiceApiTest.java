package io.enis.billing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.testing.TestStores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An invoice end to end over real HTTP in currencies whose exponent is not 2: JPY (0) and KWD (3) —
 * the plan's amount in minor units, the invoice's totals, and the HTML and PDF renderings written with
 * exactly the currency's decimals.
 */
class ExponentInvoiceApiTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"JPY, 1500, 1500 JPY, 1650 JPY", "KWD, 5125, 5.125 KWD, 5.637 KWD"})
    void anInvoiceInTheCurrencysExponent(String currency, long fee, String feeText, String totalText) throws Exception {
        try (var fx = new BillingFixture(TestStores.Store.EMBEDDED, dataDir, Map.of("USAGE_GRACE_PERIOD", "1h"))) {
            String product = fx.create("/v1/billing/products", "{\"name\": \"API\"}");
            String plan = fx.create(
                    "/v1/billing/plans",
                    "{\"code\": \"p\", \"name\": \"Plan\", \"product_id\": \"" + product + "\", \"currency\": \""
                            + currency + "\", \"interval\": \"month\", \"fee\": {\"model\": \"flat\", \"amount\": "
                            + fee + "}}");
            String customer = fx.create(
                    "/v1/billing/customers",
                    "{\"name\": \"Customer\", \"currency\": \"" + currency
                            + "\", \"tax_rates\": [{\"name\": \"VAT\", \"percentage\": \"10\"}]}");
            String sub = fx.create(
                    "/v1/billing/subscriptions",
                    "{\"customer_id\": \"" + customer + "\", \"plan_id\": \"" + plan + "\"}");
            fx.clock.set(Instant.parse("2026-02-28T12:00:00Z"));
            String id = fx.post("/v1/billing/invoices", "{\"subscription_id\": \"" + sub + "\"}", 201)
                    .json()
                    .path("id")
                    .asText();
            JsonNode invoice =
                    fx.post("/v1/billing/invoices/" + id + "/finalize", "", 200).json();
            // tax 10 %, half-even to whole minor units: 150 JPY; 512.5 fils → 512 fils
            long tax = currency.equals("JPY") ? 150 : 512;
            assertThat(invoice.path("currency").asText()).isEqualTo(currency);
            assertThat(invoice.path("total_minor").asLong()).isEqualTo(fee + tax);

            String html = fx.admin
                    .send("GET", "/v1/billing/invoices/" + id, null, null, Map.of("Accept", "text/html"))
                    .body();
            assertThat(html).contains(feeText, totalText);
            byte[] pdf = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(fx.service.baseUrl() + "/v1/billing/invoices/" + id))
                                    .header("Authorization", "Bearer " + TestStores.ADMIN_KEY)
                                    .header("Accept", "application/pdf")
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray())
                    .body();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains(feeText, totalText);
            }
        }
    }
}

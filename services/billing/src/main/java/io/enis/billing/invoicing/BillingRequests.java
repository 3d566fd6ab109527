package io.enis.billing.invoicing;

import com.fasterxml.jackson.databind.JsonNode;
import io.enis.billing.input.Inputs;
import io.enis.billing.invoices.CreditNote;
import io.enis.billing.invoices.InvoiceStatus;
import io.enis.billing.store.Ids;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.json.Fields;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Pattern;

/** The bodies and query values of the invoice and payment endpoints, read and checked field by field. */
public final class BillingRequests {
    private static final String ID_ALLOWED = "an id such as sub_018d2a6f3b00a1b2c3d4e5f6";
    private static final Pattern INVOICE_ID = Pattern.compile("in_[0-9a-f]{24}");

    private BillingRequests() {}

    /** {@code {"subscription_id", "period_start" (optional: the latest ended period)}}. */
    public record CreateInvoice(String subscriptionId, Instant periodStart) {
        /** @throws InvalidInputException naming every invalid field */
        public static CreateInvoice read(JsonNode body) {
            Fields f = object(body);
            String sub = f.requiredText(body, "subscription_id", "subscription_id", Ids.PATTERN, ID_ALLOWED);
            Instant start =
                    f.optionalInstant(body, "period_start", "period_start").orElse(null);
            f.throwIfInvalid();
            return new CreateInvoice(sub, start);
        }
    }

    /** {@code {"amount_minor", "reason", "type" (credit or refund; default credit)}} of a credit note. */
    public record Credit(long amountMinor, String reason, CreditNote.Type type) {
        /** @throws InvalidInputException naming every invalid field */
        public static Credit read(JsonNode body) {
            Fields f = object(body);
            Long amount = Inputs.minorAmount(f, body, "amount_minor", "amount_minor", true);
            String reason =
                    f.requiredText(body, "reason", "reason", Pattern.compile("(?s).{1,500}"), "1 to 500 characters");
            CreditNote.Type type = Inputs.choice(f, body, "type", CreditNote.Type.class, CreditNote.Type.CREDIT);
            f.throwIfInvalid();
            return new Credit(amount, reason, type);
        }
    }

    /** {@code {"invoice_id"}} of a collection. */
    public static String invoiceId(JsonNode body) {
        Fields f = object(body);
        String id = f.requiredText(
                body, "invoice_id", "invoice_id", INVOICE_ID, "an invoice id such as in_0123456789abcdef01234567");
        f.throwIfInvalid();
        return id;
    }

    /** {@code {"invoice_id", "reference"}} of a payment made outside the provider. */
    public record ManualPayment(String invoiceId, String reference) {
        /** @throws InvalidInputException naming every invalid field */
        public static ManualPayment read(JsonNode body) {
            Fields f = object(body);
            String id = f.requiredText(
                    body, "invoice_id", "invoice_id", INVOICE_ID, "an invoice id such as in_0123456789abcdef01234567");
            String reference = f.requiredText(
                    body, "reference", "reference", Pattern.compile("(?s).{1,200}"), "1 to 200 characters");
            f.throwIfInvalid();
            return new ManualPayment(id, reference);
        }
    }

    /** {@code {"amount_minor"}} of a refund. */
    public static long refundAmount(JsonNode body) {
        Fields f = object(body);
        Long amount = Inputs.minorAmount(f, body, "amount_minor", "amount_minor", true);
        f.throwIfInvalid();
        return amount;
    }

    /** The {@code ?status=} filter: {@code null} when absent. */
    public static InvoiceStatus status(String text) {
        if (text == null) {
            return null;
        }
        return Arrays.stream(InvoiceStatus.values())
                .filter(s -> s.wire().equals(text))
                .findFirst()
                .orElseThrow(() -> InvalidInputException.field(
                        "status",
                        "must be one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(InvoiceStatus.values())
                                                .map(InvoiceStatus::wire)
                                                .toList())));
    }

    /** A required {@code ?invoice_id=}. */
    public static String invoiceIdQuery(String text) {
        if (text == null || !INVOICE_ID.matcher(text).matches()) {
            throw InvalidInputException.field(
                    "invoice_id", "is required; allowed: an invoice id such as in_0123456789abcdef01234567");
        }
        return text;
    }

    /** An optional {@code ?customer_id=}. */
    public static String customerIdQuery(String text) {
        if (text != null && !Ids.PATTERN.matcher(text).matches()) {
            throw InvalidInputException.field("customer_id", "must be " + ID_ALLOWED.replace("sub_", "cus_"));
        }
        return text;
    }

    private static Fields object(JsonNode body) {
        Fields f = new Fields();
        f.requireObject(body, "");
        f.throwIfInvalid();
        return f;
    }
}

package io.enis.billing;

import io.enis.billing.invoices.CreditNote;
import io.enis.billing.payments.Payment;
import io.enis.billing.payments.Refund;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Payments, refunds and credit notes as the API writes them: snake_case, amounts in minor units with their currency. */
final class Documents {
    private Documents() {}

    static Map<String, Object> payment(Payment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("object", "payment");
        m.put("invoice_id", p.invoiceId());
        m.put("attempt", p.attempt());
        m.put("provider", p.provider());
        m.put("provider_payment_id", p.providerPaymentId());
        m.put("amount_minor", p.amount().minor());
        m.put("currency", p.amount().currency().code());
        m.put("status", p.status().name().toLowerCase(Locale.ROOT));
        m.put("decline_code", p.declineCode());
        m.put("message", p.message());
        m.put("created_at", p.createdAt().toString());
        m.put("updated_at", p.updatedAt().toString());
        return m;
    }

    static Map<String, Object> refund(Refund r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("object", "refund");
        m.put("payment_id", r.paymentId());
        m.put("provider_refund_id", r.providerRefundId());
        m.put("amount_minor", r.amount().minor());
        m.put("currency", r.amount().currency().code());
        m.put("created_at", r.createdAt().toString());
        return m;
    }

    static Map<String, Object> creditNote(CreditNote c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("object", "credit_note");
        m.put("invoice_id", c.invoiceId());
        m.put("number", c.number());
        m.put("amount_minor", c.amount().minor());
        m.put("currency", c.amount().currency().code());
        m.put("reason", c.reason());
        m.put("type", c.type().wire());
        m.put("refund_id", c.refundId());
        m.put("created_at", c.createdAt().toString());
        return m;
    }
}

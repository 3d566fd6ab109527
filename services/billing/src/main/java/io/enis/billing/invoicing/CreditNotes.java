package io.enis.billing.invoicing;

import io.enis.billing.input.Inputs;
import io.enis.billing.invoices.CreditNote;
import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceStatus;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.money.Money;
import io.enis.billing.payments.PaymentService;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.Violation;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Credit notes, Stripe-like: {@code credit} (an open or uncollectible invoice asks for less; a paid
 * one credits the customer's balance, {@link CustomerBalances}) or {@code refund} (a paid invoice's
 * payment gives the money back through the provider). Each is one transaction holding the invoice's
 * row lock (and, for a refund, the payment's), so concurrent requests cannot pass either cap: the
 * credit notes of an invoice never add up to more than it invoiced ({@link Invoice#creditable()}),
 * and refunds never to more than the payment collected less what was refunded already
 * ({@link io.enis.billing.payments.Refundable}). A refused credit note writes nothing and moves no money.
 */
public final class CreditNotes {
    private final Jdbi jdbi;
    private final InvoiceStore store;
    private final PaymentService payments;

    public CreditNotes(Jdbi jdbi, InvoiceStore store, PaymentService payments) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.store = Objects.requireNonNull(store, "store");
        this.payments = Objects.requireNonNull(payments, "payments");
    }

    /**
     * Issues a credit note of {@code amountMinor} in the invoice's currency.
     *
     * @param idempotencyKey the request's {@code Idempotency-Key}: required for a refund, whose provider
     *                       call repeats it ({@code enis-credit-note-<key>}) so a retry cannot refund twice
     * @throws io.enis.kit.domain.NotFoundException     no such invoice
     * @throws InvalidInputException                    on {@code amount_minor} (not positive), {@code reason},
     *                                                  {@code Idempotency-Key} (missing for a refund)
     * @throws ConflictException                        on {@code status} (draft, void) or {@code type} (a refund
     *                                                  of an invoice that is not paid through a payment)
     * @throws io.enis.kit.domain.UnprocessableException {@code credit-exceeds-remaining} or
     *                                                  {@code refund-exceeds-remaining} on {@code amount_minor},
     *                                                  naming the remaining amount
     */
    public CreditNote issue(
            String invoiceId,
            long amountMinor,
            String reason,
            CreditNote.Type type,
            String idempotencyKey,
            String actor) {
        Invoice invoice = store.get(invoiceId);
        if (type == CreditNote.Type.REFUND && idempotencyKey == null) {
            throw InvalidInputException.field(
                    "Idempotency-Key",
                    "is required for a credit note of type refund, so that a retry cannot refund twice");
        }
        return Inputs.renamed(
                "amount",
                "amount_minor",
                () -> jdbi.inTransaction(h -> {
                    Invoice before = store.lockForUpdate(h, invoiceId);
                    Money amount = Money.of(amountMinor, invoice.currency());
                    if (type == CreditNote.Type.REFUND && before.status() != InvoiceStatus.PAID) {
                        throw new ConflictException(
                                "invoice " + invoiceId + " is "
                                        + before.status().wire() + "; only a paid invoice is refunded",
                                List.of(new Violation(
                                        "type",
                                        "is refund; allowed on a paid invoice (invoice is "
                                                + before.status().wire() + "; use credit to lower what it asks for)")));
                    }
                    CreditNote note = store.credit(h, invoiceId, amount, reason, type, actor);
                    if (type == CreditNote.Type.REFUND) {
                        return note.withRefund(payments.refundForCreditNote(
                                        h, invoiceId, amount, "enis-credit-note-" + idempotencyKey, note.id(), actor)
                                .id());
                    }
                    if (before.status() == InvoiceStatus.PAID) {
                        CustomerBalances.credit(h, before, note, actor);
                    }
                    return note;
                }));
    }

    /** @throws io.enis.kit.domain.NotFoundException when there is no such invoice */
    public List<CreditNote> list(String invoiceId) {
        store.get(invoiceId);
        return store.creditNotes(invoiceId);
    }
}

package io.enis.billing.invoices;

import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.UnprocessableException;
import io.enis.kit.domain.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice, immutable: each change returns a new value, and the store persists it. A draft holds
 * rated lines, coupons and tax rates; {@link #totals()} is always derived from them. Finalizing
 * gives it a number, applies the customer's credit balance ({@link BalanceApplication}) and freezes
 * it; then it is paid, voided or marked uncollectible, and credit
 * notes reduce what it asks for (an open invoice) or what can be refunded (a paid one), never beyond
 * what was invoiced or paid. Illegal transitions throw {@link ConflictException}; see
 * {@link InvoiceStatus} for the graph.
 */
public final class Invoice {
    private final String id;
    private final BillingInput source;
    private final List<InvoiceLine> lines;
    private final InvoiceTotals totals;
    private final InvoiceStatus status;
    private final String number;
    private final long amountPaid;
    private final long amountCredited;
    private final BalanceApplication balance;
    private final Instant createdAt;
    private final Instant finalizedAt;
    private final Instant statusChangedAt;

    private Invoice(
            String id,
            BillingInput source,
            List<InvoiceLine> lines,
            InvoiceStatus status,
            String number,
            long amountPaid,
            long amountCredited,
            BalanceApplication balance,
            Instant createdAt,
            Instant finalizedAt,
            Instant statusChangedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
        this.lines = List.copyOf(lines);
        this.totals = InvoiceTotals.of(source.currency(), this.lines, source.coupons(), source.taxRates());
        this.status = Objects.requireNonNull(status, "status");
        this.number = number;
        this.amountPaid = amountPaid;
        this.amountCredited = amountCredited;
        this.balance = Objects.requireNonNull(balance, "balance");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.finalizedAt = finalizedAt;
        this.statusChangedAt = Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        if ((status == InvoiceStatus.DRAFT) != (number == null)) {
            throw new IllegalStateException("a draft has no number and every finalized invoice has one");
        }
    }

    /**
     * A new draft with {@code input}'s lines rated by {@link InvoiceRater}.
     *
     * @throws UnprocessableException {@code amount-overflow} when a line or total does not fit the range of
     *                                minor units ({@link RatingOverflow})
     */
    public static Invoice draft(String id, BillingInput input, Instant now) {
        return RatingOverflow.guard(
                input,
                () -> new Invoice(
                        id,
                        input,
                        InvoiceRater.rate(input.lines()),
                        InvoiceStatus.DRAFT,
                        null,
                        0,
                        0,
                        BalanceApplication.NONE,
                        now,
                        null,
                        now));
    }

    /** {@link #restore(String, BillingInput, List, InvoiceStatus, String, long, long, BalanceApplication, Instant, Instant, Instant)} with no balance applied. */
    public static Invoice restore(
            String id,
            BillingInput source,
            List<InvoiceLine> lines,
            InvoiceStatus status,
            String number,
            long amountPaid,
            long amountCredited,
            Instant createdAt,
            Instant finalizedAt,
            Instant statusChangedAt) {
        return restore(
                id,
                source,
                lines,
                status,
                number,
                amountPaid,
                amountCredited,
                BalanceApplication.NONE,
                createdAt,
                finalizedAt,
                statusChangedAt);
    }

    /** Rebuilds a stored invoice (the store's read path); lines are taken as stored, not re-rated. */
    public static Invoice restore(
            String id,
            BillingInput source,
            List<InvoiceLine> lines,
            InvoiceStatus status,
            String number,
            long amountPaid,
            long amountCredited,
            BalanceApplication balance,
            Instant createdAt,
            Instant finalizedAt,
            Instant statusChangedAt) {
        return new Invoice(
                id,
                source,
                lines,
                status,
                number,
                amountPaid,
                amountCredited,
                balance,
                createdAt,
                finalizedAt,
                statusChangedAt);
    }

    /**
     * Checks that this invoice can be finalized, before a number is taken.
     *
     * @throws ConflictException      on {@code status} when it is not a draft (already finalized)
     * @throws UnprocessableException {@code empty-invoice} when it has no lines, {@code negative-invoice-total}
     *                                when its total is below zero (a credit belongs on a credit note)
     */
    public void requireFinalizable() {
        if (status != InvoiceStatus.DRAFT) {
            throw new ConflictException(
                    "invoice " + id + " is already finalized (" + status.wire() + ", number " + number
                            + "); only a draft can be finalized",
                    List.of(new Violation("status", "is " + status.wire() + "; allowed: draft")));
        }
        if (lines.isEmpty()) {
            throw new UnprocessableException(
                    "empty-invoice",
                    "Empty invoice",
                    "invoice " + id + " has no lines; an invoice is finalized with at least one line",
                    List.of(new Violation("lines", "is empty; allowed: at least one line")));
        }
        if (totals.total().isNegative()) {
            throw new UnprocessableException(
                    "negative-invoice-total",
                    "Negative invoice total",
                    "invoice " + id + " totals " + totals.total()
                            + "; a finalized invoice asks for zero or more (issue a credit note instead)",
                    List.of(new Violation("total", "is " + totals.total() + "; allowed: zero or more")));
        }
    }

    /** {@link #finalizeAs(String, Instant, long)} for a customer without a credit balance. */
    public Invoice finalizeAs(String number, Instant at) {
        return finalizeAs(number, at, 0);
    }

    /**
     * The finalized invoice, numbered {@code number}: the customer's credit balance
     * {@code balanceMinor} is applied first ({@link BalanceApplication#of}); then it is {@code open},
     * or {@code paid} at once when nothing is left to pay (a zero total, or one the balance covers).
     */
    public Invoice finalizeAs(String number, Instant at, long balanceMinor) {
        requireFinalizable();
        Objects.requireNonNull(number, "number");
        BalanceApplication applied =
                BalanceApplication.of(balanceMinor, totals.total().minor());
        InvoiceStatus next = totals.total().minor() == applied.appliedMinor() ? InvoiceStatus.PAID : InvoiceStatus.OPEN;
        return new Invoice(id, source, lines, next, number, 0, 0, applied, createdAt, at, at);
    }

    /**
     * Records full payment of what is due.
     *
     * @throws ConflictException      on {@code status} unless open or uncollectible
     * @throws InvalidInputException  on {@code amount} unless it equals {@link #amountDue()}
     */
    public Invoice markPaid(Money amount, Instant at) {
        status.requireCanMoveTo(InvoiceStatus.PAID, id);
        if (!amount.equals(amountDue())) {
            throw InvalidInputException.field("amount", "is " + amount + "; allowed: the amount due, " + amountDue());
        }
        return new Invoice(
                id,
                source,
                lines,
                InvoiceStatus.PAID,
                number,
                amountPaid + amount.minor(),
                amountCredited,
                balance,
                createdAt,
                finalizedAt,
                at);
    }

    /** @throws ConflictException on {@code status} unless open or uncollectible */
    public Invoice voided(Instant at) {
        status.requireCanMoveTo(InvoiceStatus.VOID, id);
        return moveTo(InvoiceStatus.VOID, at);
    }

    /** @throws ConflictException on {@code status} unless open */
    public Invoice uncollectible(Instant at) {
        status.requireCanMoveTo(InvoiceStatus.UNCOLLECTIBLE, id);
        return moveTo(InvoiceStatus.UNCOLLECTIBLE, at);
    }

    private Invoice moveTo(InvoiceStatus next, Instant at) {
        return new Invoice(
                id, source, lines, next, number, amountPaid, amountCredited, balance, createdAt, finalizedAt, at);
    }

    /**
     * What a credit note may still take: on a paid invoice what was paid (by payments and the
     * customer's balance), otherwise what it asks for (the total less the applied balance), less earlier
     * credits. Zero for drafts and void invoices.
     */
    public Money creditable() {
        long limit = switch (status) {
            case DRAFT, VOID -> 0;
            case PAID -> amountPaid + balance.appliedMinor() - amountCredited;
            case OPEN, UNCOLLECTIBLE -> asked() - amountPaid - amountCredited;
        };
        return Money.of(Math.max(0, limit), currency());
    }

    /**
     * This invoice with a credit of {@code amount}: an open invoice asks for that much less (and
     * counts as paid when nothing is left); a paid one keeps its status (the refund is the payment
     * side's).
     *
     * @throws ConflictException     on {@code status} for a draft or a void invoice
     * @throws InvalidInputException  on {@code amount} when not positive or in another currency
     * @throws UnprocessableException {@code credit-exceeds-remaining} on {@code amount} above
     *                                {@link #creditable()}, naming what remains
     */
    public Invoice credit(Money amount, Instant at) {
        if (status == InvoiceStatus.DRAFT || status == InvoiceStatus.VOID) {
            throw new ConflictException(
                    "invoice " + id + " is " + status.wire() + "; credit notes go against finalized invoices",
                    List.of(new Violation("status", "is " + status.wire() + "; allowed: open, paid, uncollectible")));
        }
        if (!amount.currency().equals(currency()) || amount.minor() <= 0) {
            throw InvalidInputException.field(
                    "amount",
                    "is " + amount + "; allowed: more than 0 in " + currency().code());
        }
        if (amount.minor() > creditable().minor()) {
            String basis = (status == InvoiceStatus.PAID ? "paid" : "invoiced") + " less earlier credits";
            throw new UnprocessableException(
                    "credit-exceeds-remaining",
                    "Credit exceeds what remains",
                    "a credit of " + amount + " on invoice " + id + " exceeds the " + creditable() + " that remain ("
                            + basis + ": " + amountCredited() + " credited so far)",
                    List.of(new Violation(
                            "amount", "is " + amount + "; allowed: at most " + creditable() + " (" + basis + ")")));
        }
        long credited = amountCredited + amount.minor();
        boolean settled = status != InvoiceStatus.PAID && asked() - amountPaid - credited == 0;
        return new Invoice(
                id,
                source,
                lines,
                settled ? InvoiceStatus.PAID : status,
                number,
                amountPaid,
                credited,
                balance,
                createdAt,
                finalizedAt,
                settled ? at : statusChangedAt);
    }

    /**
     * What is still to be collected: the total less the applied balance, payments and credits, zero
     * once paid or void.
     */
    public Money amountDue() {
        if (status == InvoiceStatus.PAID || status == InvoiceStatus.VOID) {
            return Money.zero(currency());
        }
        return Money.of(Math.max(0, asked() - amountPaid - amountCredited), currency());
    }

    /** What the finalized invoice asks the customer for: its total less the applied balance. */
    private long asked() {
        return totals.total().minor() - balance.appliedMinor();
    }

    /** What finalization took from the customer's credit balance ({@link BalanceApplication#NONE} for drafts). */
    public BalanceApplication balanceApplication() {
        return balance;
    }

    public Money appliedBalance() {
        return Money.of(balance.appliedMinor(), currency());
    }

    /**
     * The idempotency key the payment provider sees for this invoice's charge: one per invoice, so a
     * retried or duplicated request can never charge twice.
     */
    public String paymentIdempotencyKey() {
        return "enis-invoice-" + id;
    }

    public String id() {
        return id;
    }

    public String organisationId() {
        return source.organisationId();
    }

    public String customerId() {
        return source.customerId();
    }

    public Currency currency() {
        return source.currency();
    }

    public String billingKey() {
        return source.billingKey();
    }

    public BillingPeriod period() {
        return source.period();
    }

    /** What the invoice was rated from; its {@code lines} requests are not kept by the store. */
    public BillingInput source() {
        return source;
    }

    public List<InvoiceLine> lines() {
        return lines;
    }

    public InvoiceTotals totals() {
        return totals;
    }

    public InvoiceStatus status() {
        return status;
    }

    /** Empty for drafts. */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    public Money amountPaid() {
        return Money.of(amountPaid, currency());
    }

    public Money amountCredited() {
        return Money.of(amountCredited, currency());
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> finalizedAt() {
        return Optional.ofNullable(finalizedAt);
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }
}

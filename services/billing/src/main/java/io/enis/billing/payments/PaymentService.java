package io.enis.billing.payments;

import io.enis.billing.invoices.Invoice;
import io.enis.billing.invoices.InvoiceStatus;
import io.enis.billing.invoices.InvoiceStore;
import io.enis.billing.money.Currency;
import io.enis.billing.money.Money;
import io.enis.kit.domain.ConflictException;
import io.enis.kit.domain.DomainException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.domain.UnavailableException;
import io.enis.kit.domain.Violation;
import io.enis.kit.events.EventOutbox;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Collects invoices through a {@link PaymentProvider}, at most one charge per attempt whatever the
 * concurrency, and runs dunning on failures.
 *
 * <p>{@link #collect} works in three steps: (1) in one transaction holding the invoice's row lock,
 * it claims an attempt: a paid invoice returns its payment, an attempt still {@code PROCESSING}
 * (another request is charging) is returned as it is, an {@code UNKNOWN} one (or one processing
 * longer than {@code stuckAfter}: its process died) is resent under its own idempotency key, and
 * otherwise the next attempt is inserted; (2) outside any transaction it calls the provider (the
 * payer first, which may create the provider's customer, then the charge; a failure of either is the
 * attempt's outcome, never an attempt left processing);
 * (3) in one transaction it records the outcome (payment row, an append-only
 * {@link PaymentEvent}, the invoice paid, the dunning schedule). So 20 identical concurrent
 * requests make one charge, and a resent attempt repeats the provider's idempotency key.
 *
 * <p>Dunning ({@link DunningPolicy}): a decline schedules the next retry at first-failure + the next
 * offset; a hard decline or the last offset exhausts it (subscription canceled and/or invoice
 * uncollectible, per policy); the first failure makes the subscription past due and a later success
 * recovers it ({@link SubscriptionEvents}, called after commit). {@link #runDunning} performs the
 * retries that are due; run it on the {@link io.enis.kit.jobs.LeaderLease} holder.
 */
public final class PaymentService {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** {@code Retry-After} of a payer failure that says nothing of its own. */
    private static final Duration PROVIDER_RETRY_AFTER = Duration.ofSeconds(30);

    /** Who pays an invoice at the provider: the wiring reads it from the customer. */
    @FunctionalInterface
    public interface Payers {
        Payer payerFor(Invoice invoice);
    }

    /** The provider's customer id, and a payment method id ({@code null}: the customer's default). */
    public record Payer(String providerCustomerId, String paymentMethodId) {}

    private final Jdbi jdbi;
    private final InvoiceStore invoices;
    private final PaymentProvider provider;
    private final Payers payers;
    private final DunningPolicy policy;
    private final SubscriptionEvents subscriptions;
    private final Clock clock;
    private final Duration stuckAfter;
    private final EventOutbox outbox;

    /** A service that announces nothing ({@link EventOutbox#disabled()}); see the full constructor. */
    public PaymentService(
            Jdbi jdbi,
            InvoiceStore invoices,
            PaymentProvider provider,
            Payers payers,
            DunningPolicy policy,
            SubscriptionEvents subscriptions,
            Clock clock,
            Duration stuckAfter) {
        this(jdbi, invoices, provider, payers, policy, subscriptions, clock, stuckAfter, EventOutbox.disabled());
    }

    /**
     * @param stuckAfter how long an attempt may stay processing before it is taken as unknown and resent
     * @param outbox     receives {@code payment.succeeded} and {@code payment.failed} in the outcome's transaction
     */
    public PaymentService(
            Jdbi jdbi,
            InvoiceStore invoices,
            PaymentProvider provider,
            Payers payers,
            DunningPolicy policy,
            SubscriptionEvents subscriptions,
            Clock clock,
            Duration stuckAfter,
            EventOutbox outbox) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.invoices = Objects.requireNonNull(invoices, "invoices");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.payers = Objects.requireNonNull(payers, "payers");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stuckAfter = Objects.requireNonNull(stuckAfter, "stuckAfter");
    }

    private record Claim(Payment payment, boolean send, Invoice invoice) {}

    /**
     * Collects what the invoice asks for; see the class comment for the steps and guarantees.
     *
     * @return the attempt as it stands after this call (it may be another request's, still processing)
     * @throws NotFoundException no such invoice
     * @throws ConflictException on {@code status} for a draft or void invoice
     * @throws DomainException     the provider's refusal of the charge or of the payer (its customer),
     *                             recorded first as a hard decline {@code refused}
     * @throws UnavailableException the payer could not be had or the charge got no answer the provider
     *                             stands by (unreachable, a timeout, our own key refused — authentication
     *                             or permission —, an object the provider does not know, or a failure of
     *                             ours): recorded first as an unknown
     *                             outcome, resent under the same idempotency key by dunning or a retry,
     *                             never a decline of the customer
     */
    public Payment collect(String invoiceId, String actor) {
        Claim claim = jdbi.inTransaction(h -> claim(h, invoiceId));
        if (!claim.send()) {
            return claim.payment();
        }
        Payment p = claim.payment();
        Payer payer;
        try {
            payer = payers.payerFor(claim.invoice());
        } catch (RuntimeException failed) {
            throw unanswered(p, failed, actor, "no payer for the charge of invoice " + invoiceId);
        }
        ChargeOutcome outcome;
        try {
            outcome = provider.charge(new ChargeRequest(
                    invoiceId,
                    claim.invoice().number().orElse(null),
                    claim.invoice().paymentIdempotencyKey(),
                    p.attempt(),
                    p.amount(),
                    payer.providerCustomerId(),
                    payer.paymentMethodId(),
                    p.providerPaymentId()));
        } catch (RuntimeException failed) {
            throw unanswered(p, failed, actor, "the charge of invoice " + invoiceId + " failed");
        }
        return record(p, outcome, actor);
    }

    /**
     * Records the attempt whose payer could not be had (the provider's customer could not be created
     * or read) or whose charge threw, as its outcome: a refusal ({@link #isRefusal}: the provider refused
     * this customer's request) is a hard decline {@code refused}, not retried; anything else (the provider
     * unreachable, a timeout, our own key refused, an object the provider does not know, a failure of
     * ours) leaves the result unknown, so the attempt is resent under its own
     * idempotency key by dunning after {@link DunningPolicy#unknownRetry()} or by the next request —
     * a misconfigured key never declines, past-dues or cancels a customer.
     *
     * @param what what went wrong, for the attempt's message and the answer ("no payer for the charge of …")
     * @return what the request answers: the refusal itself, or an {@link UnavailableException} (503 with
     *         {@code Retry-After}) naming the attempt
     */
    private RuntimeException unanswered(Payment p, RuntimeException failed, String actor, String what) {
        if (isRefusal(failed)) {
            record(
                    p,
                    new ChargeOutcome(
                            ChargeOutcome.Status.HARD_DECLINE,
                            p.providerPaymentId(),
                            "refused",
                            what + ": " + failed.getMessage()),
                    actor);
            return failed;
        }
        record(p, ChargeOutcome.unknown(p.providerPaymentId(), what + ": " + failed.getMessage()), actor);
        Duration retryAfter = failed instanceof UnavailableException u ? u.retryAfter() : PROVIDER_RETRY_AFTER;
        return new UnavailableException(
                "payment provider " + provider.name(),
                what + " (" + failed.getMessage() + "); attempt " + p.attempt() + " (" + p.id()
                        + ") is recorded as unknown and resent under its idempotency key (charged at most once)"
                        + " by a retry of this request or by dunning",
                retryAfter,
                failed);
    }

    /**
     * The provider refused this request for what it carries (a {@link DomainException} such as Stripe's
     * {@code stripe-refused}): the customer's decline. Not a refusal: the provider unavailable, and an
     * object the provider does not know ({@link NotFoundException}: a key of another account or mode, an
     * object removed there) — the operator's to fix, never a reason to decline the customer.
     */
    private static boolean isRefusal(RuntimeException failed) {
        return failed instanceof DomainException
                && !(failed instanceof UnavailableException)
                && !(failed instanceof NotFoundException);
    }

    private Claim claim(Handle h, String invoiceId) {
        Invoice invoice = invoices.lockForUpdate(h, invoiceId);
        Optional<Payment> latest = latest(h, invoiceId);
        if (invoice.status() == InvoiceStatus.PAID) {
            return new Claim(
                    latest.orElseThrow(() -> new ConflictException(
                            "invoice " + invoiceId + " is paid without a payment (credited)",
                            List.of(new Violation("status", "is paid")))),
                    false,
                    invoice);
        }
        if (invoice.status() != InvoiceStatus.OPEN && invoice.status() != InvoiceStatus.UNCOLLECTIBLE) {
            throw new ConflictException(
                    "invoice " + invoiceId + " is " + invoice.status().wire()
                            + "; only open or uncollectible invoices are collected",
                    List.of(new Violation(
                            "status", "is " + invoice.status().wire() + "; allowed: open, uncollectible")));
        }
        Instant now = now();
        if (latest.isPresent()) {
            Payment last = latest.get();
            boolean stuck = last.status() == Payment.Status.PROCESSING
                    && last.updatedAt().plus(stuckAfter).isBefore(now);
            if (last.status() == Payment.Status.PROCESSING && !stuck || last.status() == Payment.Status.MANUAL) {
                return new Claim(last, false, invoice);
            }
            if (last.status() == Payment.Status.UNKNOWN || stuck) {
                h.createUpdate("update payments set status = 'PROCESSING', updated_at = :now where id = :id")
                        .bind("now", now.toEpochMilli())
                        .bind("id", last.id())
                        .execute();
                return new Claim(last, true, invoice);
            }
        }
        int attempt = latest.map(Payment::attempt).orElse(0) + 1;
        Payment p = new Payment(
                newId("pay_"),
                invoiceId,
                attempt,
                invoice.paymentIdempotencyKey() + "-attempt-" + attempt,
                provider.name(),
                latest.map(Payment::providerPaymentId).orElse(null),
                invoice.amountDue(),
                Payment.Status.PROCESSING,
                null,
                null,
                now,
                now);
        h.createUpdate("""
                        insert into payments (id, invoice_id, attempt, idempotency_key, provider, provider_payment_id, amount_minor, currency,
                          status, created_at, updated_at)
                        values (:id, :invoice, :attempt, :key, :provider, :ppid, :amount, :currency, 'PROCESSING', :now, :now)""")
                .bind("id", p.id())
                .bind("invoice", invoiceId)
                .bind("attempt", attempt)
                .bind("key", p.idempotencyKey())
                .bind("provider", p.provider())
                .bind("ppid", p.providerPaymentId())
                .bind("amount", p.amount().minor())
                .bind("currency", p.amount().currency().code())
                .bind("now", now.toEpochMilli())
                .execute();
        return new Claim(p, true, invoice);
    }

    private enum After {
        NOTHING,
        PAST_DUE,
        RECOVERED,
        CANCEL
    }

    private Payment record(Payment p, ChargeOutcome outcome, String actor) {
        List<After> after = new ArrayList<>();
        Invoice[] invoice = new Invoice[1];
        Payment recorded = jdbi.inTransaction(h -> {
            Instant now = now();
            Payment current = h.createQuery("select * from payments where id = :id for update")
                    .bind("id", p.id())
                    .map((rs, c) -> payment(rs))
                    .one();
            if (current.status() == Payment.Status.SUCCEEDED) {
                // settled meanwhile (a webhook overtook the provider's answer to us): nothing left to record
                after.add(After.NOTHING);
                return current;
            }
            Payment.Status status = switch (outcome.status()) {
                case SUCCEEDED -> Payment.Status.SUCCEEDED;
                case SOFT_DECLINE, HARD_DECLINE -> Payment.Status.DECLINED;
                case UNKNOWN -> Payment.Status.UNKNOWN;
                case MANUAL -> Payment.Status.MANUAL;
            };
            String ppid = outcome.providerPaymentId() != null ? outcome.providerPaymentId() : p.providerPaymentId();
            h.createUpdate("""
                            update payments set status = :status, provider_payment_id = :ppid, decline_code = :code, message = :message,
                              updated_at = :now where id = :id""")
                    .bind("status", status.name())
                    .bind("ppid", ppid)
                    .bind("code", outcome.declineCode())
                    .bind("message", truncate(outcome.message()))
                    .bind("now", now.toEpochMilli())
                    .bind("id", p.id())
                    .execute();
            event(h, p, now, actor, outcome.status().name(), outcome.declineCode(), outcome.message());
            announce(h, p, status, outcome);
            invoice[0] = invoices.lockForUpdate(h, p.invoiceId());
            if (outcome.status() == ChargeOutcome.Status.SUCCEEDED) {
                invoice[0] = invoices.change(h, p.invoiceId(), actor, "paid", inv -> inv.markPaid(p.amount(), now));
            }
            after.add(dunning(h, invoice[0], outcome.status(), now, actor));
            if (after.get(0) == After.CANCEL
                    && policy.onExhausted().contains(DunningPolicy.FinalAction.MARK_UNCOLLECTIBLE)
                    && invoice[0].status() == InvoiceStatus.OPEN) {
                invoice[0] =
                        invoices.change(h, p.invoiceId(), "dunning", "uncollectible", inv -> inv.uncollectible(now));
            }
            return find(h, p.id());
        });
        if (invoice[0] == null) {
            return recorded;
        }
        switch (after.get(0)) {
            case PAST_DUE -> subscriptions.pastDue(invoice[0]);
            case RECOVERED -> subscriptions.recovered(invoice[0]);
            case CANCEL -> {
                if (policy.onExhausted().contains(DunningPolicy.FinalAction.CANCEL_SUBSCRIPTION)) {
                    subscriptions.cancel(invoice[0]);
                } else {
                    // not canceled: past due (also after a hard decline, which exhausts at the first failure)
                    subscriptions.pastDue(invoice[0]);
                }
            }
            case NOTHING -> {}
        }
        return recorded;
    }

    private void announce(Handle h, Payment p, Payment.Status status, ChargeOutcome outcome) {
        String type = status == Payment.Status.SUCCEEDED
                ? "payment.succeeded"
                : status == Payment.Status.DECLINED ? "payment.failed" : null;
        if (type == null) {
            return;
        }
        java.util.Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("payment_id", p.id());
        data.put("invoice_id", p.invoiceId());
        data.put("attempt", p.attempt());
        data.put("amount_minor", p.amount().minor());
        data.put("currency", p.amount().currency().code());
        data.put("outcome", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
        data.put("decline_code", outcome.declineCode());
        outbox.append(h, type, p.id(), data);
    }

    /** Updates the invoice's dunning row for an outcome; returns what the subscription must hear. */
    private After dunning(Handle h, Invoice invoice, ChargeOutcome.Status outcome, Instant now, String actor) {
        Optional<DunningState> state = h.createQuery("select * from dunning where invoice_id = :id for update")
                .bind("id", invoice.id())
                .map((rs, c) ->
                        new DunningState(rs.getString("state"), rs.getInt("failures"), rs.getLong("first_failed_at")))
                .findOne();
        switch (outcome) {
            case SUCCEEDED:
                if (state.isPresent() && state.get().state().equals("retrying")) {
                    saveDunning(
                            h,
                            invoice.id(),
                            "recovered",
                            state.get().failures(),
                            state.get().firstFailedAt(),
                            null,
                            now);
                    return state.get().failures() > 0 ? After.RECOVERED : After.NOTHING;
                }
                return After.NOTHING;
            case MANUAL:
                return After.NOTHING;
            case UNKNOWN: {
                int failures = state.map(DunningState::failures).orElse(0);
                long first = state.map(DunningState::firstFailedAt).orElse(now.toEpochMilli());
                saveDunning(h, invoice.id(), "retrying", failures, first, now.plus(policy.unknownRetry()), now);
                return After.NOTHING;
            }
            default: {
                int failures = state.map(DunningState::failures).orElse(0) + 1;
                long first = state.filter(s -> s.failures() > 0)
                        .map(DunningState::firstFailedAt)
                        .orElse(now.toEpochMilli());
                boolean exhausted = outcome == ChargeOutcome.Status.HARD_DECLINE
                        || failures > policy.retryOffsets().size();
                Instant next = exhausted
                        ? null
                        : Instant.ofEpochMilli(first).plus(policy.retryOffsets().get(failures - 1));
                saveDunning(h, invoice.id(), exhausted ? "exhausted" : "retrying", failures, first, next, now);
                if (exhausted) {
                    return After.CANCEL;
                }
                return failures == 1 ? After.PAST_DUE : After.NOTHING;
            }
        }
    }

    private record DunningState(String state, int failures, long firstFailedAt) {}

    private static void saveDunning(
            Handle h, String invoiceId, String state, int failures, long firstFailedAt, Instant next, Instant now) {
        int updated = h.createUpdate("""
                        update dunning set state = :state, failures = :failures, first_failed_at = :first, next_attempt_at = :next,
                          updated_at = :now where invoice_id = :id""")
                .bind("state", state)
                .bind("failures", failures)
                .bind("first", firstFailedAt)
                .bind("next", next == null ? null : next.toEpochMilli())
                .bind("now", now.toEpochMilli())
                .bind("id", invoiceId)
                .execute();
        if (updated == 0) {
            h.createUpdate("""
                            insert into dunning (invoice_id, state, failures, first_failed_at, next_attempt_at, updated_at)
                            values (:id, :state, :failures, :first, :next, :now)""")
                    .bind("state", state)
                    .bind("failures", failures)
                    .bind("first", firstFailedAt)
                    .bind("next", next == null ? null : next.toEpochMilli())
                    .bind("now", now.toEpochMilli())
                    .bind("id", invoiceId)
                    .execute();
        }
    }

    /**
     * Retries every invoice whose next dunning attempt is due; run it on the lease holder only.
     *
     * @return how many attempts were made
     */
    public int runDunning() {
        List<String> due = jdbi.withHandle(h -> h.createQuery("""
                        select invoice_id from dunning where state = 'retrying' and next_attempt_at <= :now order by next_attempt_at""")
                .bind("now", now().toEpochMilli())
                .mapTo(String.class)
                .list());
        int attempts = 0;
        for (String invoiceId : due) {
            try {
                collect(invoiceId, "dunning");
                attempts++;
            } catch (ConflictException voidedMeanwhile) {
                jdbi.useHandle(h -> h.createUpdate(
                                "update dunning set state = 'exhausted', next_attempt_at = null where invoice_id = :id")
                        .bind("id", invoiceId)
                        .execute());
            } catch (DomainException recorded) {
                // a refused or unreachable payer: collect recorded the attempt and its dunning; go on with the others
                attempts++;
            }
        }
        return attempts;
    }

    /**
     * Collects every open invoice that has no attempt yet (finalized since the last call), and every one
     * whose latest attempt has been processing longer than {@code stuckAfter} (the process that sent it
     * died between the claim and the answer: {@link #collect} resends it under its own idempotency key, so
     * it is charged at most once), at most {@code max}, oldest finalization first: how invoices are charged
     * automatically after the invoice run. With the offline provider each gets a {@code manual} attempt and
     * waits for a payment recorded through the API. Run it on the lease holder only.
     *
     * @return how many invoices were sent to the provider
     */
    public int collectOpen(int max) {
        List<String> open = jdbi.withHandle(h -> h.createQuery("""
                        select i.id from invoices i where i.status = 'OPEN'
                          and (not exists (select 1 from payments p where p.invoice_id = i.id)
                            or exists (select 1 from payments p where p.invoice_id = i.id
                              and p.status = 'PROCESSING' and p.updated_at < :stuck
                              and p.attempt = (select max(q.attempt) from payments q where q.invoice_id = i.id)))
                        order by i.finalized_at, i.id limit :max""")
                .bind("stuck", now().minus(stuckAfter).toEpochMilli())
                .bind("max", max)
                .mapTo(String.class)
                .list());
        int sent = 0;
        for (String invoiceId : open) {
            try {
                collect(invoiceId, "scheduler");
                sent++;
            } catch (DomainException refused) {
                // recorded by collect: a refusal is not retried, an unreachable provider is (unknown)
            }
        }
        return sent;
    }

    /** When the invoice's next dunning attempt is due; empty when none is scheduled. */
    public Optional<Instant> nextDunningAttempt(String invoiceId) {
        return jdbi.withHandle(
                h -> h.createQuery("select next_attempt_at from dunning where invoice_id = :id and state = 'retrying'")
                        .bind("id", invoiceId)
                        .mapTo(Long.class)
                        .findOne()
                        .map(Instant::ofEpochMilli));
    }

    /**
     * Records a payment collected outside the provider (offline: bank transfer, cash) for the whole
     * amount due, and marks the invoice paid, in one transaction.
     *
     * @throws InvalidInputException on {@code reference} when blank
     * @throws ConflictException     unless the invoice is open or uncollectible
     */
    public Payment recordManualPayment(String invoiceId, String reference, String actor) {
        if (reference == null || reference.isBlank() || reference.length() > 200) {
            throw InvalidInputException.field(
                    "reference", "is required; allowed: 1 to 200 characters (the transfer's reference)");
        }
        return jdbi.inTransaction(h -> {
            Invoice invoice = invoices.lockForUpdate(h, invoiceId);
            Instant now = now();
            int attempt = latest(h, invoiceId).map(Payment::attempt).orElse(0) + 1;
            Money due = invoice.amountDue();
            invoices.change(h, invoiceId, actor, "paid", inv -> inv.markPaid(due, now));
            String id = newId("pay_");
            h.createUpdate("""
                            insert into payments (id, invoice_id, attempt, idempotency_key, provider, provider_payment_id, amount_minor, currency,
                              status, message, created_at, updated_at)
                            values (:id, :invoice, :attempt, :key, 'manual', :ref, :amount, :currency, 'SUCCEEDED', :message, :now, :now)""")
                    .bind("id", id)
                    .bind("invoice", invoiceId)
                    .bind("attempt", attempt)
                    .bind("key", invoice.paymentIdempotencyKey() + "-attempt-" + attempt)
                    .bind("ref", reference)
                    .bind("amount", due.minor())
                    .bind("currency", due.currency().code())
                    .bind("message", "recorded by " + actor)
                    .bind("now", now.toEpochMilli())
                    .execute();
            h.createUpdate(
                            "update dunning set state = 'recovered', next_attempt_at = null, updated_at = :now where invoice_id = :id and state = 'retrying'")
                    .bind("now", now.toEpochMilli())
                    .bind("id", invoiceId)
                    .execute();
            Payment p = find(h, id);
            event(h, p, now, actor, "SUCCEEDED", null, "manual payment " + reference);
            return p;
        });
    }

    /**
     * Refunds part or all of a succeeded payment through the provider. {@code idempotencyKey} (the
     * request's) makes a retried refund return the first one.
     *
     * @throws InvalidInputException  on {@code amount} when not positive
     * @throws io.enis.kit.domain.UnprocessableException {@code refund-exceeds-remaining} on {@code amount}
     *                                beyond what the payment collected less earlier refunds ({@link Refundable})
     */
    public Refund refund(String paymentId, Money amount, String idempotencyKey, String actor) {
        Optional<Refund> earlier =
                jdbi.withHandle(h -> h.createQuery("select * from refunds where idempotency_key = :key")
                        .bind("key", idempotencyKey)
                        .map((rs, c) -> refund(rs))
                        .findOne());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Refund pending = jdbi.inTransaction(h -> {
            // the payment's row lock serializes refunds of one payment: their sum never exceeds it
            h.createQuery("select id from payments where id = :id for update")
                    .bind("id", paymentId)
                    .mapTo(String.class)
                    .findOne()
                    .orElseThrow(() -> new NotFoundException("no payment '" + paymentId + "'"));
            Payment p = find(h, paymentId);
            if (p.status() != Payment.Status.SUCCEEDED) {
                throw new ConflictException(
                        "payment " + paymentId + " is " + p.status() + "; only a succeeded payment is refunded",
                        List.of(new Violation(
                                "payment_id", "is " + p.status().name().toLowerCase(java.util.Locale.ROOT))));
            }
            refundable(h, p).refund(amount);
            Refund r = new Refund(newId("re_"), paymentId, idempotencyKey, null, amount, now());
            h.createUpdate("""
                            insert into refunds (id, payment_id, idempotency_key, provider_refund_id, amount_minor, currency, status, actor, created_at)
                            values (:id, :payment, :key, null, :amount, :currency, 'pending', :actor, :at)""")
                    .bind("id", r.id())
                    .bind("payment", paymentId)
                    .bind("key", idempotencyKey)
                    .bind("amount", amount.minor())
                    .bind("currency", amount.currency().code())
                    .bind("actor", actor)
                    .bind("at", r.createdAt().toEpochMilli())
                    .execute();
            RefundEvents.record(
                    h,
                    new RefundEvents.RefundEvent(r.id(), paymentId, r.createdAt(), actor, null, "pending", null, null));
            return r;
        });
        Payment p = jdbi.withHandle(h -> find(h, paymentId));
        String providerRefund;
        try {
            providerRefund = p.provider().equals(provider.name())
                    ? provider.refund(p.providerPaymentId(), amount, idempotencyKey)
                    : "manual";
        } catch (RuntimeException refused) {
            jdbi.useTransaction(h -> {
                h.createUpdate("update refunds set status = 'failed' where id = :id")
                        .bind("id", pending.id())
                        .execute();
                RefundEvents.record(
                        h,
                        new RefundEvents.RefundEvent(
                                pending.id(),
                                paymentId,
                                now(),
                                actor,
                                "pending",
                                "failed",
                                null,
                                refused.getMessage()));
            });
            throw refused;
        }
        jdbi.useTransaction(h -> {
            h.createUpdate("update refunds set status = 'succeeded', provider_refund_id = :pr where id = :id")
                    .bind("pr", providerRefund)
                    .bind("id", pending.id())
                    .execute();
            RefundEvents.record(
                    h,
                    new RefundEvents.RefundEvent(
                            pending.id(), paymentId, now(), actor, "pending", "succeeded", providerRefund, null));
        });
        return new Refund(pending.id(), paymentId, idempotencyKey, providerRefund, amount, pending.createdAt());
    }

    /** What the payment can still give back, in the transaction of {@code h} (hold its row lock). */
    private static Refundable refundable(Handle h, Payment p) {
        long refunded = h.createQuery(
                        "select coalesce(sum(amount_minor), 0) from refunds where payment_id = :id and status <> 'failed'")
                .bind("id", p.id())
                .mapTo(Long.class)
                .one();
        return new Refundable(p.amount(), Money.of(refunded, p.amount().currency()));
    }

    /**
     * The refund of a credit note ({@code type refund}), inside the caller's transaction {@code h}
     * that holds the invoice's row lock and writes the credit note: locks the invoice's succeeded
     * payment, checks {@link Refundable}, refunds through the provider under {@code idempotencyKey}
     * and records the refund as succeeded. The provider is called before the transaction commits: a
     * refusal rolls back the credit note with it (no money moved, nothing written); a retry of the
     * request repeats the key, which the provider answers with the first refund.
     *
     * @throws ConflictException      on {@code type} when the invoice has no succeeded payment
     * @throws io.enis.kit.domain.UnprocessableException {@code refund-exceeds-remaining} on {@code amount}
     */
    public Refund refundForCreditNote(
            Handle h, String invoiceId, Money amount, String idempotencyKey, String creditNoteId, String actor) {
        Payment p = h
                .createQuery("select * from payments where invoice_id = :id and status = 'SUCCEEDED' for update")
                .bind("id", invoiceId)
                .map((rs, c) -> payment(rs))
                .list()
                .stream()
                .max(java.util.Comparator.comparingInt(Payment::attempt))
                .orElseThrow(() -> new ConflictException(
                        "invoice " + invoiceId + " has no succeeded payment to refund",
                        List.of(new Violation(
                                "type", "is refund; allowed for an invoice paid through a payment: use credit"))));
        refundable(h, p).refund(amount);
        String providerRefund = p.provider().equals(provider.name())
                ? provider.refund(p.providerPaymentId(), amount, idempotencyKey)
                : "manual";
        Refund r = new Refund(newId("re_"), p.id(), idempotencyKey, providerRefund, amount, now());
        h.createUpdate("""
                        insert into refunds (id, payment_id, idempotency_key, provider_refund_id, amount_minor, currency, status, actor,
                          created_at, credit_note_id)
                        values (:id, :payment, :key, :pr, :amount, :currency, 'succeeded', :actor, :at, :note)""")
                .bind("id", r.id())
                .bind("payment", p.id())
                .bind("key", idempotencyKey)
                .bind("pr", providerRefund)
                .bind("amount", amount.minor())
                .bind("currency", amount.currency().code())
                .bind("actor", actor)
                .bind("at", r.createdAt().toEpochMilli())
                .bind("note", creditNoteId)
                .execute();
        RefundEvents.record(
                h,
                new RefundEvents.RefundEvent(
                        r.id(), p.id(), r.createdAt(), actor, null, "succeeded", providerRefund, null));
        return r;
    }

    /**
     * Refunds {@code amountMinor} in the payment's currency; see {@link #refund(String, Money, String, String)}.
     *
     * @throws NotFoundException when there is no such payment
     */
    public Refund refund(String paymentId, long amountMinor, String idempotencyKey, String actor) {
        Payment p = jdbi.withHandle(h -> find(h, paymentId));
        return io.enis.billing.input.Inputs.renamed(
                "amount",
                "amount_minor",
                () -> refund(paymentId, Money.of(amountMinor, p.amount().currency()), idempotencyKey, actor));
    }

    /** The invoice's attempts, oldest first. */
    public List<Payment> payments(String invoiceId) {
        return jdbi.withHandle(h -> h.createQuery("select * from payments where invoice_id = :id order by attempt")
                .bind("id", invoiceId)
                .map((rs, c) -> payment(rs))
                .list());
    }

    /** Every recorded outcome for the invoice, oldest first. */
    public List<PaymentEvent> events(String invoiceId) {
        return jdbi.withHandle(h -> h.createQuery("select * from payment_events where invoice_id = :id order by id")
                .bind("id", invoiceId)
                .map((rs, c) -> new PaymentEvent(
                        rs.getString("payment_id"),
                        rs.getString("invoice_id"),
                        Instant.ofEpochMilli(rs.getLong("at")),
                        rs.getString("actor"),
                        rs.getString("outcome"),
                        rs.getString("decline_code"),
                        rs.getString("message")))
                .list());
    }

    /** A payment by the provider's id (a PaymentIntent), for webhooks. */
    public Optional<Payment> findByProviderPaymentId(String providerPaymentId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select * from payments where provider_payment_id = :id order by attempt desc limit 1")
                .bind("id", providerPaymentId)
                .map((rs, c) -> payment(rs))
                .findOne());
    }

    /**
     * Applies an outcome that arrived asynchronously (a Stripe webhook) to the invoice's latest
     * attempt, unless that attempt already has a final outcome.
     *
     * @return the payment as recorded, or empty when the provider's id is unknown here
     */
    public Optional<Payment> settleFromProvider(String providerPaymentId, ChargeOutcome outcome, String actor) {
        Optional<Payment> p = findByProviderPaymentId(providerPaymentId);
        if (p.isEmpty()
                || p.get().status() == Payment.Status.SUCCEEDED
                || p.get().status() == Payment.Status.DECLINED) {
            return p;
        }
        return Optional.of(record(p.get(), outcome, actor));
    }

    private static Optional<Payment> latest(Handle h, String invoiceId) {
        return h.createQuery("select * from payments where invoice_id = :id order by attempt desc limit 1")
                .bind("id", invoiceId)
                .map((rs, c) -> payment(rs))
                .findOne();
    }

    private static Payment find(Handle h, String id) {
        return h.createQuery("select * from payments where id = :id")
                .bind("id", id)
                .map((rs, c) -> payment(rs))
                .findOne()
                .orElseThrow(() -> new NotFoundException("no payment '" + id + "'"));
    }

    private static void event(
            Handle h, Payment p, Instant at, String actor, String outcome, String code, String message) {
        h.createUpdate("""
                        insert into payment_events (payment_id, invoice_id, at, actor, outcome, decline_code, message)
                        values (:payment, :invoice, :at, :actor, :outcome, :code, :message)""")
                .bind("payment", p.id())
                .bind("invoice", p.invoiceId())
                .bind("at", at.toEpochMilli())
                .bind("actor", actor)
                .bind("outcome", outcome)
                .bind("code", code)
                .bind("message", truncate(message))
                .execute();
    }

    private static Payment payment(ResultSet rs) throws SQLException {
        return new Payment(
                rs.getString("id"),
                rs.getString("invoice_id"),
                rs.getInt("attempt"),
                rs.getString("idempotency_key"),
                rs.getString("provider"),
                rs.getString("provider_payment_id"),
                Money.of(rs.getLong("amount_minor"), Currency.of(rs.getString("currency"))),
                Payment.Status.valueOf(rs.getString("status")),
                rs.getString("decline_code"),
                rs.getString("message"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static Refund refund(ResultSet rs) throws SQLException {
        return new Refund(
                rs.getString("id"),
                rs.getString("payment_id"),
                rs.getString("idempotency_key"),
                rs.getString("provider_refund_id"),
                Money.of(rs.getLong("amount_minor"), Currency.of(rs.getString("currency"))),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 1000 ? message : message.substring(0, 1000);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String newId(String prefix) {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return prefix + HexFormat.of().formatHex(b);
    }
}

package io.enis.billing.invoices;

import io.enis.billing.money.Money;
import io.enis.kit.domain.DomainException;
import io.enis.kit.domain.InvalidInputException;
import io.enis.kit.domain.NotFoundException;
import io.enis.kit.events.EventOutbox;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Invoices in the service database (embedded H2 or PostgreSQL, tables of {@code V20__invoices.sql}).
 * Every write is one transaction that locks the invoice row ({@code select … for update}), applies
 * the domain change of {@link Invoice}, and appends an {@link AuditEntry} with the document before
 * and after; credit notes are insert-only. Numbers are taken at finalization only, in the same
 * transaction, from a per-organisation series row locked {@code for update}: concurrent
 * finalizations queue on that row, and a rolled-back one returns its number, so numbers are
 * gapless and unique. Times come from the {@link Clock}, stored to the millisecond.
 */
public final class InvoiceStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Jdbi jdbi;
    private final Clock clock;
    private final InvoiceNumbering numbering;
    private final EventOutbox outbox;

    /** A store that announces nothing ({@link EventOutbox#disabled()}). */
    public InvoiceStore(Jdbi jdbi, Clock clock, InvoiceNumbering numbering) {
        this(jdbi, clock, numbering, EventOutbox.disabled());
    }

    /**
     * @param outbox receives {@code invoice.finalized}, {@code invoice.paid}, {@code invoice.voided},
     *               {@code invoice.uncollectible} and {@code credit_note.created} in each change's transaction
     */
    public InvoiceStore(Jdbi jdbi, Clock clock, InvoiceNumbering numbering, EventOutbox outbox) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.numbering = Objects.requireNonNull(numbering, "numbering");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /**
     * A new draft rated from {@code input}; or, when the organisation already has an invoice for
     * {@code input.billingKey()}, that invoice unchanged (so a repeated invoice run or a retried
     * request bills nothing twice).
     */
    public Invoice createDraft(BillingInput input, String actor) {
        Optional<Invoice> existing = findByBillingKey(input.organisationId(), input.billingKey());
        if (existing.isPresent()) {
            return existing.get();
        }
        String id = newId("in_");
        Instant at = now();
        try {
            return jdbi.inTransaction(h -> {
                Invoice draft = Invoice.draft(id, settled(h, input, id), at);
                insertAll(h, List.of(draft));
                audit(h, draft.id(), "created", actor, null, draft);
                return draft;
            });
        } catch (UnableToExecuteStatementException raced) {
            // another request created the invoice for this billing key first
            return findByBillingKey(input.organisationId(), input.billingKey()).orElseThrow(() -> raced);
        }
    }

    /** @throws NotFoundException naming the id */
    public Invoice get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("no invoice '" + id + "'"));
    }

    public Optional<Invoice> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("select * from invoices where id = :id")
                .bind("id", id)
                .map((rs, c) -> read(rs))
                .findOne());
    }

    public Optional<Invoice> findByBillingKey(String organisationId, String billingKey) {
        return jdbi.withHandle(
                h -> h.createQuery("select * from invoices where organisation_id = :org and billing_key = :key")
                        .bind("org", organisationId)
                        .bind("key", billingKey)
                        .map((rs, c) -> read(rs))
                        .findOne());
    }

    /**
     * One page of the organisation's invoices in id order, of one customer and in one status when
     * those are given ({@code null}: any).
     */
    public io.enis.billing.store.Page<Invoice> page(
            String organisationId, String customerId, InvoiceStatus status, io.enis.billing.store.PageRequest page) {
        List<Invoice> rows =
                jdbi.withHandle(h -> h.createQuery("select * from invoices where organisation_id = :org and id > :after"
                                + (customerId == null ? "" : " and customer_id = :customer")
                                + (status == null ? "" : " and status = :status")
                                + " order by id limit :n")
                        .bind("org", organisationId)
                        .bind("after", page.after())
                        .bind("customer", customerId)
                        .bind("status", status == null ? null : status.name())
                        .bind("n", page.limit() + 1)
                        .map((rs, c) -> read(rs))
                        .list());
        return io.enis.billing.store.Page.of(rows, page.limit(), Invoice::id);
    }

    /** A customer's invoices, newest first, at most {@code limit}. */
    public List<Invoice> listForCustomer(String organisationId, String customerId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select * from invoices where organisation_id = :org and customer_id = :customer
                        order by created_at desc, id desc limit :limit""")
                .bind("org", organisationId)
                .bind("customer", customerId)
                .bind("limit", limit)
                .map((rs, c) -> read(rs))
                .list());
    }

    /**
     * Finalizes a draft: checks it ({@link Invoice#requireFinalizable()}), applies the customer's credit
     * balance under the customer's row lock ({@link BalanceLedger}: the ledger's {@code APPLIED} entry and
     * the invoice commit together), takes the next number of its organisation's series under the series
     * row's lock, and stores all in one transaction.
     *
     * @throws NotFoundException                           no such invoice
     * @throws io.enis.kit.domain.ConflictException        already finalized
     * @throws io.enis.kit.domain.UnprocessableException   empty, or a negative total
     */
    public Invoice finalize(String id, String actor) {
        Instant at = now();
        Invoice draft = get(id);
        draft.requireFinalizable();
        String series = numbering.series(at);
        ensureSeries(draft.organisationId(), series);
        return jdbi.inTransaction(h -> {
            Invoice locked = lock(h, id);
            locked.requireFinalizable();
            long balance = BalanceLedger.lockedBalance(h, locked.customerId(), locked.currency());
            long value = take(h, locked.organisationId(), series, 1);
            Invoice finalized = locked.finalizeAs(numbering.format(series, value), at, balance);
            save(h, locked, finalized, "finalized", actor);
            recordApplied(h, finalized, actor, at);
            return finalized;
        });
    }

    /**
     * Finalizes a draft as {@link #finalize} does, after re-rating it from {@code fresh}: what its
     * billing key bills now (for a subscription period, its lines rated from the period's events as they
     * stand), computed first — locking what it reads, such as the subscription — then the draft's lines
     * replaced when they differ (audited {@code re-rated}) and the draft finalized, all in one
     * transaction. So usage accepted until the invoice is finalized is on it, exactly once
     * ({@code LateUsage}).
     *
     * @param fresh what the draft bills now; empty: finalize it as it is
     * @throws NotFoundException no such invoice
     * @throws io.enis.kit.domain.ConflictException      already finalized
     * @throws io.enis.kit.domain.UnprocessableException empty, or a negative total
     */
    public Invoice finalizeRerated(String id, String actor, Function<Invoice, Optional<BillingInput>> fresh) {
        // the number series row is created outside the transaction: a concurrent creation's refusal
        // would otherwise abort it
        ensureSeries(get(id).organisationId(), numbering.series(now()));
        return jdbi.inTransaction(h -> {
            Invoice current = get(id);
            current.requireFinalizable();
            fresh.apply(current).ifPresent(input -> rerate(h, id, input, actor));
            return finalize(id, actor);
        });
    }

    /** Replaces the draft's lines by those rated from {@code input} when they differ, audited {@code re-rated}. */
    private void rerate(Handle h, String id, BillingInput input, String actor) {
        Invoice locked = lock(h, id);
        locked.requireFinalizable();
        if (!locked.billingKey().equals(input.billingKey())) {
            throw new IllegalStateException(
                    "re-rating " + id + " (" + locked.billingKey() + ") with input for " + input.billingKey());
        }
        Invoice again = Invoice.draft(id, settled(h, input, id), locked.createdAt());
        String content = StoredContent.write(again);
        if (content.equals(StoredContent.write(locked))) {
            return;
        }
        InvoiceCoupons.recordNew(h, again);
        InvoiceProrations.rerecord(h, again);
        h.createUpdate("update invoices set content = :content, total_minor = :total where id = :id")
                .bind("content", content)
                .bind("total", again.totals().total().minor())
                .bind("id", id)
                .execute();
        audit(h, id, "re-rated", actor, locked, again);
    }

    /**
     * What {@link #draftAndFinalize} did with one input: {@code invoice} is the one the organisation
     * already had for the billing key ({@code existing}: left as it is), or the new invoice — finalized,
     * or a draft when {@code refusal} says why it could not be finalized (empty, negative total).
     */
    public record Issued(BillingInput input, Invoice invoice, boolean existing, String refusal) {}

    /**
     * For each input without an invoice yet: a new draft, finalized at once — in one transaction for
     * all of them, with the same rows, audit entries ({@code created}, then {@code finalized}) and
     * events as {@link #createDraft} then {@link #finalize} one at a time, but a handful of statements
     * in all: one read of the billing keys, one lock of the number series row per organisation (numbers
     * follow the inputs' order, gapless), JDBC batches of inserts. An input whose draft cannot be
     * finalized is stored as a draft ({@link #createDraft} would have stored it too). The invoice run's
     * path; the whole call rolls back on any database error (for example another request that created
     * an invoice for one of the billing keys meanwhile), and the caller may then go one at a time.
     */
    public List<Issued> draftAndFinalize(List<BillingInput> inputs, String actor) {
        Instant at = now();
        String series = numbering.series(at);
        inputs.stream().map(BillingInput::organisationId).distinct().forEach(org -> ensureSeries(org, series));
        return jdbi.inTransaction(h -> {
            Map<String, Invoice> had = byBillingKeys(h, inputs);
            Issued[] out = new Issued[inputs.size()];
            Map<String, List<Integer>> finalizable = new LinkedHashMap<>();
            List<Invoice> drafts = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                BillingInput input = inputs.get(i);
                String key = input.organisationId() + "\n" + input.billingKey();
                Invoice existing = had.get(key);
                if (existing != null) {
                    out[i] = new Issued(input, existing, true, null);
                    continue;
                }
                String id = newId("in_");
                Invoice draft = Invoice.draft(id, settled(h, input, id), at);
                had.put(key, draft);
                drafts.add(draft);
                try {
                    draft.requireFinalizable();
                    finalizable
                            .computeIfAbsent(input.organisationId(), o -> new ArrayList<>())
                            .add(i);
                    out[i] = new Issued(input, draft, false, null);
                } catch (DomainException refused) {
                    out[i] = new Issued(input, draft, false, refused.getMessage());
                }
            }
            List<AuditRow> audit = new ArrayList<>();
            drafts.forEach(d -> audit.add(new AuditRow(d.id(), "created", actor, null, d)));
            Map<String, Long> balances = BalanceLedger.lockedPositiveBalances(
                    h,
                    finalizable.values().stream()
                            .flatMap(List::stream)
                            .map(i -> inputs.get(i).customerId())
                            .distinct()
                            .toList());
            List<Invoice> applied = new ArrayList<>();
            for (var org : finalizable.entrySet()) {
                long value = take(h, org.getKey(), series, org.getValue().size());
                for (int i : org.getValue()) {
                    Invoice draft = out[i].invoice();
                    String key = BalanceLedger.key(draft.customerId(), draft.currency());
                    Invoice finalized =
                            draft.finalizeAs(numbering.format(series, value++), at, balances.getOrDefault(key, 0L));
                    if (finalized.balanceApplication().appliedMinor() > 0) {
                        balances.put(key, finalized.balanceApplication().balanceAfterMinor());
                        applied.add(finalized);
                    }
                    audit.add(new AuditRow(finalized.id(), "finalized", actor, draft, finalized));
                    out[i] = new Issued(out[i].input(), finalized, false, null);
                }
            }
            insertAll(
                    h,
                    Arrays.stream(out)
                            .filter(o -> !o.existing())
                            .map(Issued::invoice)
                            .toList());
            auditAll(h, audit);
            applied.forEach(inv -> recordApplied(h, inv, actor, at));
            for (Issued issued : out) {
                if (!issued.existing() && issued.refusal() == null) {
                    announce(h, InvoiceStatus.DRAFT, issued.invoice());
                }
            }
            return List.of(out);
        });
    }

    /** The invoices the organisations already have for the inputs' billing keys, by organisation and key. */
    private static Map<String, Invoice> byBillingKeys(Handle h, List<BillingInput> inputs) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        inputs.forEach(i ->
                keys.computeIfAbsent(i.organisationId(), o -> new ArrayList<>()).add(i.billingKey()));
        Map<String, Invoice> out = new HashMap<>();
        keys.forEach((org, list) -> h.createQuery(
                        "select * from invoices where organisation_id = :org and billing_key in (<keys>)")
                .bind("org", org)
                .bindList("keys", list)
                .map((rs, c) -> read(rs))
                .forEach(inv -> out.put(org + "\n" + inv.billingKey(), inv)));
        return out;
    }

    /**
     * Takes the next {@code count} numbers of the series under its row's lock (held until the
     * transaction of {@code h} ends): returns the first; a rollback gives them all back.
     */
    private static long take(Handle h, String organisationId, String series, int count) {
        long last = h.createQuery(
                        "select last_value from invoice_number_sequences where organisation_id = :org and series = :series for update")
                .bind("org", organisationId)
                .bind("series", series)
                .mapTo(Long.class)
                .one();
        h.createUpdate(
                        "update invoice_number_sequences set last_value = :value where organisation_id = :org and series = :series")
                .bind("value", last + count)
                .bind("org", organisationId)
                .bind("series", series)
                .execute();
        return last + 1;
    }

    /** Appends the ledger entry of the balance {@code finalized} took, if any (the customer's row is locked). */
    private static void recordApplied(Handle h, Invoice finalized, String actor, Instant at) {
        BalanceApplication b = finalized.balanceApplication();
        if (b.appliedMinor() > 0) {
            BalanceLedger.append(
                    h,
                    new BalanceLedger.Entry(
                            finalized.customerId(),
                            finalized.currency(),
                            BalanceLedger.Kind.APPLIED,
                            -b.appliedMinor(),
                            null,
                            finalized.id(),
                            actor,
                            at),
                    b.balanceBeforeMinor());
        }
    }

    /** Inserts new invoices, drafts or finalized, as one JDBC batch. */
    private static void insertAll(Handle h, List<Invoice> invoices) {
        if (invoices.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("""
                insert into invoices (id, organisation_id, customer_id, billing_key, currency, status, number, total_minor,
                  amount_paid_minor, amount_credited_minor, applied_balance_minor, balance_before_minor, content, created_at,
                  finalized_at, status_changed_at)
                values (:id, :org, :customer, :key, :currency, :status, :number, :total, 0, 0, :applied, :balanceBefore, :content,
                  :created, :finalized, :changed)""");
        for (Invoice inv : invoices) {
            batch.bind("id", inv.id())
                    .bind("org", inv.organisationId())
                    .bind("customer", inv.customerId())
                    .bind("key", inv.billingKey())
                    .bind("currency", inv.currency().code())
                    .bind("status", inv.status().name())
                    .bind("number", inv.number().orElse(null))
                    .bind("total", inv.totals().total().minor())
                    .bind("applied", inv.balanceApplication().appliedMinor())
                    .bind("balanceBefore", inv.balanceApplication().balanceBeforeMinor())
                    .bind("content", StoredContent.write(inv))
                    .bind("created", inv.createdAt().toEpochMilli())
                    .bind(
                            "finalized",
                            inv.finalizedAt().map(Instant::toEpochMilli).orElse(null))
                    .bind("changed", inv.statusChangedAt().toEpochMilli())
                    .add();
        }
        batch.execute();
        InvoiceCoupons.record(h, invoices);
        InvoiceProrations.record(h, invoices);
    }

    /**
     * {@code input} as the invoice {@code id} may bill it, decided in the transaction {@code h} that
     * writes it: the {@code once} coupons another invoice took meanwhile marked consumed
     * ({@link InvoiceCoupons#settle}), then the proration lines another invoice holds meanwhile dropped
     * ({@link InvoiceProrations#settle}) — always in this order, so writers lock the same rows in the
     * same order.
     */
    private static BillingInput settled(Handle h, BillingInput input, String id) {
        return InvoiceProrations.settle(h, InvoiceCoupons.settle(h, input, id), id);
    }

    /** Records payment of the whole amount due; see {@link Invoice#markPaid}. */
    public Invoice markPaid(String id, Money amount, String actor) {
        return change(id, actor, "paid", inv -> inv.markPaid(amount, now()));
    }

    /**
     * See {@link Invoice#voided}; the credit balance the invoice took at finalization is given back to
     * the customer in the same transaction (a {@code RETURNED} ledger entry), as Stripe does.
     */
    public Invoice voidInvoice(String id, String actor) {
        return jdbi.inTransaction(h -> {
            Invoice voided = change(h, id, actor, "voided", inv -> inv.voided(now()));
            long applied = voided.balanceApplication().appliedMinor();
            if (applied > 0) {
                long balance = BalanceLedger.lockedBalance(h, voided.customerId(), voided.currency());
                BalanceLedger.append(
                        h,
                        new BalanceLedger.Entry(
                                voided.customerId(),
                                voided.currency(),
                                BalanceLedger.Kind.RETURNED,
                                applied,
                                null,
                                voided.id(),
                                actor,
                                voided.statusChangedAt()),
                        balance);
            }
            return voided;
        });
    }

    /** See {@link Invoice#uncollectible}. */
    public Invoice markUncollectible(String id, String actor) {
        return change(id, actor, "uncollectible", inv -> inv.uncollectible(now()));
    }

    /**
     * Issues a credit note of type {@code credit} and applies it to the invoice in one transaction.
     *
     * @see #credit(Handle, String, Money, String, CreditNote.Type, String)
     */
    public CreditNote credit(String id, Money amount, String reason, String actor) {
        requireReason(reason);
        return jdbi.inTransaction(h -> credit(h, id, amount, reason, CreditNote.Type.CREDIT, actor));
    }

    /**
     * Issues a credit note and applies it to the invoice within the caller's transaction {@code h}
     * (which then also pays a refund back, or credits the customer's balance), the invoice's row locked.
     *
     * @throws InvalidInputException  on {@code reason} when blank, on {@code amount} when not positive
     * @throws io.enis.kit.domain.UnprocessableException {@code credit-exceeds-remaining} on {@code amount}
     *                                beyond {@link Invoice#creditable()}
     * @throws io.enis.kit.domain.ConflictException for a draft or void invoice
     */
    public CreditNote credit(Handle h, String id, Money amount, String reason, CreditNote.Type type, String actor) {
        requireReason(reason);
        Invoice before = lock(h, id);
        Instant at = now();
        Invoice after = before.credit(amount, at);
        int count = h.createQuery("select count(*) from credit_notes where invoice_id = :id")
                .bind("id", id)
                .mapTo(Integer.class)
                .one();
        CreditNote note = new CreditNote(
                newId("cn_"),
                id,
                before.number().orElseThrow() + String.format("-CN-%02d", count + 1),
                amount,
                reason,
                type,
                null,
                at);
        h.createUpdate(
                        "insert into credit_notes (id, invoice_id, number, amount_minor, currency, reason, type, actor, created_at) "
                                + "values (:id, :invoice, :number, :amount, :currency, :reason, :type, :actor, :at)")
                .bind("id", note.id())
                .bind("invoice", id)
                .bind("number", note.number())
                .bind("amount", amount.minor())
                .bind("currency", amount.currency().code())
                .bind("reason", reason)
                .bind("type", type.name())
                .bind("actor", actor)
                .bind("at", at.toEpochMilli())
                .execute();
        save(h, before, after, "credited", actor);
        Map<String, Object> data = summary(after);
        data.put("credit_note_id", note.id());
        data.put("credit_note_number", note.number());
        data.put("credit_minor", amount.minor());
        data.put("type", type.wire());
        data.put("reason", reason);
        outbox.append(h, "credit_note.created", note.id(), data);
        return note;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInputException.field("reason", "is required; allowed: 1 to 500 characters");
        }
    }

    /** The invoice's credit notes, by number, each with the refund that paid it back if any. */
    public List<CreditNote> creditNotes(String invoiceId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        select n.*, r.id as refund_id from credit_notes n left join refunds r on r.credit_note_id = n.id
                        where n.invoice_id = :id order by n.number""")
                .bind("id", invoiceId)
                .map((rs, c) -> new CreditNote(
                        rs.getString("id"),
                        rs.getString("invoice_id"),
                        rs.getString("number"),
                        Money.of(
                                rs.getLong("amount_minor"),
                                io.enis.billing.money.Currency.of(rs.getString("currency"))),
                        rs.getString("reason"),
                        CreditNote.Type.valueOf(rs.getString("type")),
                        rs.getString("refund_id"),
                        Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list());
    }

    /** The invoice's recorded changes, oldest first. */
    public List<AuditEntry> audit(String invoiceId) {
        return jdbi.withHandle(h -> h.createQuery("select * from invoice_audit where invoice_id = :id order by id")
                .bind("id", invoiceId)
                .map((rs, c) -> new AuditEntry(
                        rs.getString("invoice_id"),
                        rs.getString("action"),
                        rs.getString("actor"),
                        Instant.ofEpochMilli(rs.getLong("at")),
                        rs.getString("before_doc"),
                        rs.getString("after_doc")))
                .list());
    }

    /**
     * Applies {@code change} to the locked invoice within a caller's transaction {@code h} and records
     * it: for stores that change an invoice together with their own rows (a payment and the invoice
     * it pays commit together).
     */
    public Invoice change(Handle h, String id, String actor, String action, UnaryOperator<Invoice> change) {
        Invoice before = lock(h, id);
        Invoice after = change.apply(before);
        save(h, before, after, action, actor);
        return after;
    }

    private Invoice change(String id, String actor, String action, UnaryOperator<Invoice> change) {
        return jdbi.inTransaction(h -> change(h, id, actor, action, change));
    }

    /**
     * Reads the invoice with its row locked until the caller's transaction {@code h} ends: callers that
     * decide on its state (a payment claiming it) serialize on this lock.
     *
     * @throws NotFoundException naming the id
     */
    public Invoice lockForUpdate(Handle h, String id) {
        return lock(h, id);
    }

    private Invoice lock(Handle h, String id) {
        return h.createQuery("select * from invoices where id = :id for update")
                .bind("id", id)
                .map((rs, c) -> read(rs))
                .findOne()
                .orElseThrow(() -> new NotFoundException("no invoice '" + id + "'"));
    }

    private void save(Handle h, Invoice before, Invoice after, String action, String actor) {
        h.createUpdate("""
                        update invoices set status = :status, number = :number, amount_paid_minor = :paid, amount_credited_minor = :credited,
                          applied_balance_minor = :applied, balance_before_minor = :balanceBefore, finalized_at = :finalized,
                          status_changed_at = :changed where id = :id""")
                .bind("status", after.status().name())
                .bind("number", after.number().orElse(null))
                .bind("paid", after.amountPaid().minor())
                .bind("credited", after.amountCredited().minor())
                .bind("applied", after.balanceApplication().appliedMinor())
                .bind("balanceBefore", after.balanceApplication().balanceBeforeMinor())
                .bind(
                        "finalized",
                        after.finalizedAt().map(Instant::toEpochMilli).orElse(null))
                .bind("changed", after.statusChangedAt().toEpochMilli())
                .bind("id", after.id())
                .execute();
        audit(h, after.id(), action, actor, before, after);
        announce(h, before.status(), after);
    }

    /** Appends to the outbox what the status change {@code from} → {@code after.status()} announces. */
    private void announce(Handle h, InvoiceStatus from, Invoice after) {
        for (String type : events(from, after.status())) {
            outbox.append(h, type, after.id(), summary(after));
        }
    }

    /** The events a status change announces (a zero invoice is finalized and paid at once). */
    private static List<String> events(InvoiceStatus from, InvoiceStatus to) {
        if (from == to) {
            return List.of();
        }
        String arrived = switch (to) {
            case OPEN, DRAFT -> "invoice.finalized";
            case PAID -> "invoice.paid";
            case VOID -> "invoice.voided";
            case UNCOLLECTIBLE -> "invoice.uncollectible";
        };
        return from == InvoiceStatus.DRAFT && to != InvoiceStatus.OPEN
                ? List.of("invoice.finalized", arrived)
                : List.of(arrived);
    }

    /** What an invoice event carries: ids, number, status and amounts in minor units. */
    private static Map<String, Object> summary(Invoice invoice) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("invoice_id", invoice.id());
        m.put("organisation_id", invoice.organisationId());
        m.put("customer_id", invoice.customerId());
        m.put("billing_key", invoice.billingKey());
        m.put("number", invoice.number().orElse(null));
        m.put("status", invoice.status().wire());
        m.put("currency", invoice.currency().code());
        m.put("total_minor", invoice.totals().total().minor());
        m.put("applied_balance_minor", invoice.balanceApplication().appliedMinor());
        m.put("amount_due_minor", invoice.amountDue().minor());
        return m;
    }

    private void audit(Handle h, String id, String action, String actor, Invoice before, Invoice after) {
        auditAll(h, List.of(new AuditRow(id, action, actor, before, after)));
    }

    /** One audit entry to append: the invoice's document before ({@code null} when created) and after. */
    private record AuditRow(String invoiceId, String action, String actor, Invoice before, Invoice after) {}

    /** Appends the entries as one JDBC batch, all at the store's clock now. */
    private void auditAll(Handle h, List<AuditRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        long at = now().toEpochMilli();
        PreparedBatch batch = h.prepareBatch(
                "insert into invoice_audit (invoice_id, action, actor, at, before_doc, after_doc) values (:id, :action, :actor, :at, :before, :after)");
        for (AuditRow r : rows) {
            batch.bind("id", r.invoiceId())
                    .bind("action", r.action())
                    .bind("actor", r.actor())
                    .bind("at", at)
                    .bind("before", r.before() == null ? null : document(r.before()))
                    .bind("after", document(r.after()))
                    .add();
        }
        batch.execute();
    }

    private static String document(Invoice invoice) {
        return new String(InvoiceDocument.bytes(invoice), StandardCharsets.UTF_8);
    }

    /** Creates the series row if missing, in its own transaction (a failed insert would spoil PostgreSQL's). */
    private void ensureSeries(String organisationId, String series) {
        boolean exists = jdbi.withHandle(h -> h.createQuery(
                                "select count(*) from invoice_number_sequences where organisation_id = :org and series = :series")
                        .bind("org", organisationId)
                        .bind("series", series)
                        .mapTo(Integer.class)
                        .one()
                > 0);
        if (!exists) {
            try {
                jdbi.useHandle(h -> h.createUpdate(
                                "insert into invoice_number_sequences (organisation_id, series, last_value) values (:org, :series, 0)")
                        .bind("org", organisationId)
                        .bind("series", series)
                        .execute());
            } catch (UnableToExecuteStatementException createdMeanwhile) {
                // another finalization created it first
            }
        }
    }

    private static Invoice read(ResultSet rs) throws SQLException {
        StoredContent content = StoredContent.read(rs.getString("content"));
        long finalized = rs.getLong("finalized_at");
        Instant finalizedAt = rs.wasNull() ? null : Instant.ofEpochMilli(finalized);
        return Invoice.restore(
                rs.getString("id"),
                content.source(),
                content.invoiceLines(),
                InvoiceStatus.valueOf(rs.getString("status")),
                rs.getString("number"),
                rs.getLong("amount_paid_minor"),
                rs.getLong("amount_credited_minor"),
                new BalanceApplication(rs.getLong("balance_before_minor"), rs.getLong("applied_balance_minor")),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                finalizedAt,
                Instant.ofEpochMilli(rs.getLong("status_changed_at")));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A random id with {@code prefix}: 24 hex digits. */
    static String newId(String prefix) {
        byte[] b = new byte[12];
        RANDOM.nextBytes(b);
        return prefix + HexFormat.of().formatHex(b);
    }
}

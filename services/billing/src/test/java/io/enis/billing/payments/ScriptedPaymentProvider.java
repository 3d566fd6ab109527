package io.enis.billing.payments;

import io.enis.billing.money.Money;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A payment provider that answers from a script (declines, timeouts, unknown outcomes, successes)
 * and records every charge request, for what stripe-mock cannot do: it is stateless and always
 * succeeds. Like Stripe, a request repeating an idempotency key gets the first answer again
 * without charging again; {@link #charges()} counts the distinct keys actually charged.
 */
public final class ScriptedPaymentProvider implements PaymentProvider {
    private final Deque<ChargeOutcome> script = new ArrayDeque<>();
    private final Map<String, ChargeOutcome> byKey = new ConcurrentHashMap<>();
    final List<ChargeRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger charged = new AtomicInteger();
    private volatile long delayMillis;
    private final Deque<RuntimeException> customerFailures = new ArrayDeque<>();
    private final Deque<RuntimeException> chargeFailures = new ArrayDeque<>();
    private final AtomicInteger customerCreations = new AtomicInteger();

    public ScriptedPaymentProvider then(ChargeOutcome outcome) {
        synchronized (script) {
            script.add(outcome);
        }
        return this;
    }

    /** Every charge takes this long (so concurrent duplicates overlap it). */
    ScriptedPaymentProvider slow(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Every charge request received, in order. */
    public List<ChargeRequest> requests() {
        return List.copyOf(requests);
    }

    public int charges() {
        return charged.get();
    }

    @Override
    public String name() {
        return "stripe";
    }

    /**
     * The next creation of a customer throws {@code failure} (as {@link StripePaymentProvider} throws a
     * refusal or, for a timeout, an {@link io.enis.kit.domain.UnavailableException}); later ones succeed.
     */
    public ScriptedPaymentProvider customerFails(RuntimeException failure) {
        synchronized (customerFailures) {
            customerFailures.add(failure);
        }
        return this;
    }

    /**
     * The next charge throws {@code failure} after it is received (as {@link StripePaymentProvider}
     * throws an {@link io.enis.kit.domain.UnavailableException} when Stripe refuses our own key); later
     * ones follow the script.
     */
    public ScriptedPaymentProvider chargeFails(RuntimeException failure) {
        synchronized (chargeFailures) {
            chargeFailures.add(failure);
        }
        return this;
    }

    /**
     * The next charge ends as a process that died while the provider was called would leave it: an
     * {@link Error} escapes, nothing records an outcome, the attempt stays processing.
     */
    public ScriptedPaymentProvider chargeDies() {
        synchronized (chargeFailures) {
            chargeFailures.add(DIES);
        }
        return this;
    }

    private static final RuntimeException DIES = new RuntimeException("dies");

    /** How many customer creations were asked for, failed ones included. */
    public int customerCreations() {
        return customerCreations.get();
    }

    @Override
    public String createCustomer(String customerId, String email, String name, String idempotencyKey) {
        customerCreations.incrementAndGet();
        RuntimeException failure;
        synchronized (customerFailures) {
            failure = customerFailures.poll();
        }
        if (failure != null) {
            throw failure;
        }
        return "cus_" + customerId;
    }

    @Override
    public Optional<String> findCustomer(String providerCustomerId) {
        return Optional.of(providerCustomerId);
    }

    @Override
    public AttachedMethod attachPaymentMethod(String providerCustomerId, String paymentMethodId) {
        return new AttachedMethod(paymentMethodId, "card", "visa", "4242");
    }

    @Override
    public ChargeOutcome charge(ChargeRequest request) {
        requests.add(request);
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        RuntimeException failure;
        synchronized (chargeFailures) {
            failure = chargeFailures.poll();
        }
        if (failure == DIES) {
            throw new Error("the process died while the charge was sent");
        }
        if (failure != null) {
            throw failure;
        }
        ChargeOutcome replay = byKey.get(request.attemptKey());
        if (replay != null && replay.status() != ChargeOutcome.Status.UNKNOWN) {
            return replay;
        }
        ChargeOutcome next;
        synchronized (script) {
            next = script.isEmpty() ? ChargeOutcome.succeeded("pi_" + request.invoiceId()) : script.poll();
        }
        if (next.status() != ChargeOutcome.Status.UNKNOWN) {
            byKey.put(request.attemptKey(), next);
            charged.incrementAndGet();
        }
        return next;
    }

    @Override
    public String refund(String providerPaymentId, Money amount, String idempotencyKey) {
        return "re_" + idempotencyKey;
    }
}

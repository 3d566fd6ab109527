package io.enis.cloudbus.delivery;

import io.enis.cloudbus.events.CloudEvent;
import io.enis.cloudbus.rules.Target;

/** Sends one event to one target; throws {@link DeliveryException} with a reason a person can act on. */
@FunctionalInterface
public interface Deliverer {
    /**
     * @param body the transformed body, or the event's structured JSON for pass-through
     * @param attempt 1 for the first delivery
     */
    void deliver(Target target, CloudEvent event, String body, int attempt) throws DeliveryException;

    /** A failed delivery. {@code retryable} false sends the event to the dead-letter queue at once. */
    final class DeliveryException extends Exception {
        private final boolean retryable;

        public DeliveryException(String message, boolean retryable) {
            super(message, null, false, false);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}

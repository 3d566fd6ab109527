/**
 * Events out to the cloud-bus, the same in every service: {@link io.enis.kit.events.EventOutbox}
 * records an event in the transaction of the change it announces, {@link io.enis.kit.events.OutboxRelay}
 * publishes recorded events as CloudEvents in order and at least once, {@link io.enis.kit.events.CloudBusTarget}
 * reads where they go. Run the relay under a {@link io.enis.kit.jobs.LeaderLease}
 * ({@link io.enis.kit.jobs.LeaderSchedule}).
 */
package io.enis.kit.events;

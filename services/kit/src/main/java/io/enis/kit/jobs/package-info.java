/**
 * Scheduled work that runs on one replica at a time: {@link io.enis.kit.jobs.LeaderLease} (a lease in
 * the service database) and {@link io.enis.kit.jobs.LeaderSchedule} (a tick every interval on the
 * lease holder).
 */
package io.enis.kit.jobs;

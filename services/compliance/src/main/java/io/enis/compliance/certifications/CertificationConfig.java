package io.enis.compliance.certifications;

import io.enis.kit.config.Settings;
import io.enis.kit.events.CloudBusTarget;
import java.time.Duration;
import java.util.Optional;

/**
 * The certification settings of the compliance service.
 *
 * @param cloudBus           {@code CLOUD_BUS_URL} + {@code CLOUD_BUS_API_KEY}: where certification events
 *                           (issued, renewed, revoked, expiring) go; absent: none are recorded
 * @param jobsInterval       {@code COMPLIANCE_JOBS_INTERVAL}: how often the lease holder sends due expiry
 *                           warnings and relays the outbox, default 1m
 * @param verifyPerClientPerMinute {@code CERTIFICATE_VERIFY_RATE_LIMIT_PER_MINUTE}: requests a minute one
 *                           client address may make to the public verification endpoint, default 60
 */
public record CertificationConfig(
        Optional<CloudBusTarget> cloudBus, Duration jobsInterval, int verifyPerClientPerMinute) {

    /** Reads the settings, documenting each for {@code --help}; problems are collected in {@code s}. */
    public static CertificationConfig read(Settings s) {
        Optional<CloudBusTarget> bus =
                CloudBusTarget.read(s, "certification events (issued, renewed, revoked, expiring in 90/30/7 days)");
        Duration interval = s.duration(
                "COMPLIANCE_JOBS_INTERVAL",
                Duration.ofMinutes(1),
                Duration.ofSeconds(1),
                "how often the replica holding the compliance lease sends due certificate expiry warnings and "
                        + "relays events to the cloud-bus");
        int perClient = s.integer(
                "CERTIFICATE_VERIFY_RATE_LIMIT_PER_MINUTE",
                60,
                1,
                1_000_000,
                "requests a minute one client address may make to the public GET "
                        + "/v1/compliance/certifications/{id}/verify (no API key)");
        return new CertificationConfig(bus, interval, perClient);
    }
}

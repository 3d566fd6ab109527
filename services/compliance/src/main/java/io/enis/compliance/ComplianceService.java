package io.enis.compliance;

import io.enis.compliance.auditlog.AuditLog;
import io.enis.compliance.auditlog.AuditSigner;
import io.enis.compliance.audits.AuditStore;
import io.enis.compliance.audits.Audits;
import io.enis.compliance.catalogue.Catalogue;
import io.enis.compliance.catalogue.CatalogueViews;
import io.enis.compliance.certifications.CertificationConfig;
import io.enis.compliance.certifications.CertificationJobs;
import io.enis.compliance.certifications.CertificationStore;
import io.enis.compliance.certifications.Certifications;
import io.enis.compliance.certifications.ExpiryWarnings;
import io.enis.compliance.evidence.EvidenceRepository;
import io.enis.compliance.evidence.EvidenceStore;
import io.enis.compliance.evidence.EvidenceUploads;
import io.enis.compliance.evidence.LocalEvidenceStore;
import io.enis.compliance.evidence.S3Bucket;
import io.enis.compliance.evidence.S3EvidenceStore;
import io.enis.compliance.oscal.OscalCatalogExport;
import io.enis.compliance.oscal.OscalImports;
import io.enis.compliance.oscal.OscalSchemas;
import io.enis.compliance.reports.AuditBundle;
import io.enis.compliance.reports.Reports;
import io.enis.compliance.scan.PolicyCoverage;
import io.enis.compliance.scan.Scans;
import io.enis.kit.app.DaemonThreads;
import io.enis.kit.app.ServiceDefinition;
import io.enis.kit.app.ServiceLauncher;
import io.enis.kit.app.ServiceRuntime;
import io.enis.kit.config.Settings;
import io.enis.kit.events.EventOutbox;
import io.enis.kit.events.OutboxRelay;
import io.enis.kit.jobs.LeaderLease;
import io.enis.kit.jobs.LeaderSchedule;
import io.enis.policy.rules.Rules;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The compliance service: a catalogue of frameworks and controls mapped across frameworks, audits with
 * per-control status as of any date, evidence (uploads, links and policy scans of our own Terraform),
 * a tamper-evident audit log, reports and certifications (with expiry warnings to the cloud-bus). Start: {@code java -jar services/compliance/target/enis-compliance.jar}.
 */
public final class ComplianceService implements ServiceDefinition<ComplianceConfig> {
    private static final Logger LOG = LoggerFactory.getLogger(ComplianceService.class);
    private AuditLog auditLog;
    private Jdbi jdbi;
    private CertificationJobs jobs;

    public static void main(String[] args) {
        ServiceLauncher.launch(new ComplianceService(), args);
    }

    @Override
    public String name() {
        return "compliance";
    }

    /** 8084 locally (observability 8081 … cloud-bus 8085); the stacks set {@code PORT=8080}. */
    @Override
    public int defaultPort() {
        return 8084;
    }

    /** Seed 000: 3K requests per minute per key. */
    @Override
    public int defaultRateLimitPerMinute() {
        return 3_000;
    }

    @Override
    public Set<String> scopes() {
        return Scopes.ALL;
    }

    @Override
    public ComplianceConfig readConfig(Settings settings) {
        return ComplianceConfig.read(settings);
    }

    @Override
    public void install(ServiceRuntime runtime, ComplianceConfig config) throws Exception {
        Catalogue catalogue = Catalogue.shipped();
        PolicyCoverage coverage = new PolicyCoverage(Rules.all());
        new CatalogueRoutes(new CatalogueViews(catalogue, coverage)).register(runtime.api());

        AuditSigner signer = config.signer().orElseGet(() -> {
            LOG.warn("AUDIT_SIGNING_KEY is not set: the audit log's digests are signed with a key generated now; "
                    + "they cannot be verified after a restart");
            return AuditSigner.generate();
        });
        jdbi = runtime.database().jdbi();
        auditLog = new AuditLog(jdbi, runtime.clock(), signer);
        new AuditLogRoutes(auditLog).register(runtime.api());

        EvidenceRepository evidence = new EvidenceRepository(jdbi, AuditLog::headSeq);
        AuditStore auditStore = new AuditStore(jdbi);
        Audits audits = new Audits(jdbi, auditStore, evidence, catalogue, auditLog, runtime.clock());
        new AuditRoutes(audits, runtime.idempotency()).register(runtime.api());
        Reports reports = new Reports(audits, catalogue, runtime.clock());
        new ReportRoutes(reports, new AuditBundle(reports, evidence, signer)).register(runtime.api());
        OscalImports oscalImports = new OscalImports(jdbi, catalogue, new OscalSchemas(), auditLog, runtime.clock());
        oscalImports.restore();
        new OscalRoutes(new OscalCatalogExport(catalogue), oscalImports, reports, runtime.clock())
                .register(runtime.api());
        new ScanRoutes(new Scans(jdbi, auditStore, evidence, auditLog, runtime.clock(), coverage.rules()))
                .register(runtime.api());

        EvidenceStore files = evidenceStore(runtime, config);
        files.check();
        runtime.readinessCheck("evidence-store", files::check);
        LOG.info("compliance evidence store: {}", files.describe());
        new EvidenceRoutes(new EvidenceUploads(jdbi, auditStore, evidence, files, catalogue, auditLog, runtime.clock()))
                .register(runtime.api());
        scheduleDigests(runtime, config.digestInterval());
        installCertifications(runtime, config.certifications(), auditStore, evidence);
    }

    private void installCertifications(
            ServiceRuntime runtime, CertificationConfig config, AuditStore auditStore, EvidenceRepository evidence) {
        Clock clock = runtime.clock();
        EventOutbox outbox = config.cloudBus().isPresent() ? EventOutbox.of(clock, name()) : EventOutbox.disabled();
        CertificationStore store = new CertificationStore(jdbi);
        new CertificationRoutes(
                        new Certifications(jdbi, store, auditStore, evidence, auditLog, outbox, clock),
                        runtime.idempotency(),
                        config.verifyPerClientPerMinute())
                .register(runtime.api());
        Optional<OutboxRelay> relay = config.cloudBus().map(bus -> OutboxRelay.to(bus, jdbi, clock, name()));
        jobs = new CertificationJobs(
                new LeaderLease(
                        jdbi,
                        clock,
                        "compliance-jobs",
                        LeaderLease.replicaHolder(name()),
                        LeaderSchedule.leaseTtlFor(config.jobsInterval())),
                new ExpiryWarnings(jdbi, store, auditLog, outbox, clock),
                relay,
                config.jobsInterval());
        jobs.start();
        runtime.onStop(jobs);
    }

    private static EvidenceStore evidenceStore(ServiceRuntime runtime, ComplianceConfig config) {
        if (config.evidenceBucket().isPresent()) {
            S3Bucket bucket = config.evidenceBucket().get();
            S3Client s3 = bucket.client();
            runtime.onStop(s3::close);
            return new S3EvidenceStore(s3, bucket.name(), Duration.ofDays(config.retentionDays()), runtime.clock());
        }
        return new LocalEvidenceStore(
                config.evidenceDir().orElse(runtime.common().dataDir().resolve("evidence")));
    }

    private void scheduleDigests(ServiceRuntime runtime, Duration interval) {
        var digests = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("compliance-digests"));
        digests.scheduleAtFixedRate(
                () -> {
                    try {
                        auditLog.signDigest();
                    } catch (RuntimeException e) {
                        LOG.warn("signing the audit-log digest failed: {}", e.toString());
                    }
                },
                interval.toMillis(),
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        runtime.onStop(digests::shutdownNow);
    }

    /** The audit log of the running instance (tests append to it and verify it). */
    public AuditLog auditLog() {
        return auditLog;
    }

    /** The background jobs of the running instance: tests run a tick with a simulated clock. */
    public CertificationJobs jobs() {
        return jobs;
    }

    /** The running instance's database (tests tamper with rows directly). */
    public Jdbi jdbi() {
        return jdbi;
    }
}

package io.enis.compliance.reports;

import io.enis.compliance.auditlog.AuditSigner;
import io.enis.compliance.auditlog.Sha256;
import io.enis.compliance.evidence.Evidence;
import io.enis.compliance.evidence.EvidenceKind;
import io.enis.compliance.evidence.EvidenceRepository;
import io.enis.kit.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The auditor bundle of an audit at a date: a zip a third party verifies offline (the commands are in
 * {@code docs/api/compliance.md} and in the bundle's {@code README.txt}) holding
 *
 * <ul>
 *   <li>{@code report.pdf}: the report of every framework of the audit;
 *   <li>{@code assessment-results.json}: the same as OSCAL 1.1.3 assessment results;
 *   <li>{@code evidence.json}: every piece of evidence recorded by then, with its SHA-256;
 *   <li>{@code evidence.sha256}: the evidence files' SHA-256 in {@code sha256sum -c} format, named
 *       {@code evidence/<evidence id>} (the files are downloaded from the evidence endpoint);
 *   <li>{@code SHA256SUMS}: the SHA-256 of the four files above, in {@code sha256sum -c} format;
 *   <li>{@code SHA256SUMS.sig}: the raw 64-byte Ed25519 signature of {@code SHA256SUMS} with the audit log's
 *       digest key ({@code openssl pkeyutl -verify -rawin});
 *   <li>{@code public-key.pem}: that key, to be compared with the one published at
 *       {@code /v1/compliance/audit-log/public-key} (or pinned) — a bundle's own key proves nothing alone.
 * </ul>
 *
 * Entries are dated at the report's date, so the same audit at the same date gives the same files.
 */
public final class AuditBundle {
    /** What {@code SHA256SUMS} covers, in order. */
    public static final List<String> SIGNED_FILES =
            List.of("report.pdf", "assessment-results.json", "evidence.json", "evidence.sha256");

    private final Reports reports;
    private final EvidenceRepository evidence;
    private final AuditSigner signer;

    public AuditBundle(Reports reports, EvidenceRepository evidence, AuditSigner signer) {
        this.reports = reports;
        this.evidence = evidence;
        this.signer = signer;
    }

    /**
     * The bundle of {@code auditId} at {@code asOf} (RFC 3339; absent: now), as zip bytes.
     *
     * @throws io.enis.kit.domain.NotFoundException for an unknown audit
     * @throws io.enis.kit.domain.InvalidInputException naming {@code asOf}
     */
    public byte[] zip(String auditId, String asOf) {
        var statuses = reports.statuses(auditId, asOf);
        long at = Instant.parse(statuses.asOf()).toEpochMilli();
        // the rows the assessment was made of (EvidenceRepository keeps them until the next change)
        List<Evidence> items = evidence.forAudit(auditId, at);
        var out = new ByteArrayOutputStream(1 << 20);
        try (var zip = new Entries(new ZipOutputStream(out), at)) {
            StringBuilder sums = new StringBuilder();
            sums.append(zip.write("report.pdf", reports.pdf(statuses)));
            sums.append(zip.writeJson("assessment-results.json", reports.assessmentResults(statuses)));
            Map<String, Object> listed = new LinkedHashMap<>();
            listed.put("audit", auditId);
            listed.put("asOf", statuses.asOf());
            listed.put("evidence", items.stream().map(Evidence::view).toList());
            sums.append(zip.writeJson("evidence.json", listed));
            sums.append(zip.write("evidence.sha256", utf8(evidenceSums(items))));
            byte[] manifest = utf8(sums.toString());
            zip.write("SHA256SUMS", manifest);
            zip.write("SHA256SUMS.sig", Base64.getDecoder().decode(signer.sign(manifest)));
            zip.write("public-key.pem", utf8(signer.publicKeyPem()));
            zip.write("README.txt", utf8(readme(auditId, statuses.asOf(), signer.keyId())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle", e);
        }
        return out.toByteArray();
    }

    private static String evidenceSums(List<Evidence> items) {
        StringBuilder sums = new StringBuilder();
        items.stream()
                .filter(e -> e.kind() == EvidenceKind.FILE)
                .forEach(e -> sums.append(e.sha256())
                        .append("  evidence/")
                        .append(e.id())
                        .append('\n'));
        return sums.toString();
    }

    /**
     * The bundle's zip, its entries dated at the report's date and deflated at {@link Deflater#BEST_SPEED}
     * (the JSON files are most of it, and compress well at any level). Each write answers the file's line of
     * {@code SHA256SUMS}; JSON goes straight into the entry, hashed on the way.
     */
    private static final class Entries implements AutoCloseable {
        private final ZipOutputStream zip;
        private final long atMs;

        Entries(ZipOutputStream zip, long atMs) {
            this.zip = zip;
            this.atMs = atMs;
            zip.setLevel(Deflater.BEST_SPEED);
        }

        String write(String name, byte[] content) throws IOException {
            open(name);
            zip.write(content);
            zip.closeEntry();
            return line(Sha256.hex(content), name);
        }

        String writeJson(String name, Object value) throws IOException {
            open(name);
            MessageDigest sha = Sha256.digest();
            // Jackson closes what it writes to: the zip stays open
            Json.MAPPER.writeValue(
                    new DigestOutputStream(
                            new FilterOutputStream(zip) {
                                @Override
                                public void write(byte[] b, int off, int len) throws IOException {
                                    out.write(b, off, len);
                                }

                                @Override
                                public void close() throws IOException {
                                    flush();
                                }
                            },
                            sha),
                    value);
            zip.closeEntry();
            return line(Sha256.finish(sha), name);
        }

        private void open(String name) throws IOException {
            ZipEntry entry = new ZipEntry(name);
            entry.setLastModifiedTime(FileTime.fromMillis(atMs));
            zip.putNextEntry(entry);
        }

        private static String line(String sha256, String name) {
            return sha256 + "  " + name + "\n";
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static String readme(String auditId, String asOf, String keyId) {
        return "Auditor bundle of audit " + auditId + " as of " + asOf + ", signed with key " + keyId + ".\n\n"
                + "Verify offline, in the unzipped folder:\n\n"
                + "  " + VERIFY_SIGNATURE + "\n"
                + "  " + VERIFY_FILES + "\n\n"
                + "Compare public-key.pem with GET /v1/compliance/audit-log/public-key (or your pinned copy).\n"
                + "Evidence files downloaded into evidence/<id> are checked with: sha256sum -c evidence.sha256\n";
    }

    /** The signature check a third party runs in the unzipped bundle (also in docs/api/compliance.md). */
    public static final String VERIFY_SIGNATURE =
            "openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin -in SHA256SUMS -sigfile SHA256SUMS.sig";

    /** The files check a third party runs in the unzipped bundle (also in docs/api/compliance.md). */
    public static final String VERIFY_FILES = "sha256sum -c SHA256SUMS";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

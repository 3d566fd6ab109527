package io.enis.compliance;

import static io.enis.compliance.ComplianceFixture.expect;
import static org.assertj.core.api.Assertions.assertThat;

import io.enis.compliance.auditlog.Sha256;
import io.enis.compliance.reports.ReportHtml;
import io.enis.kit.testing.TestClient;
import io.enis.kit.testing.TestStores;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports as HTML (self-contained, strict CSP, escaped), PDF (its text read back with PDFBox, the same bytes
 * twice) and the auditor bundle, verified with exactly the command documented in docs/api/compliance.md
 * (openssl, sha256sum), which must fail once a byte of the bundle changes.
 */
class ReportFormatsApiTest {
    private static final String EVIL_TITLE = "IR plan <script>alert(1)</script>";

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    /** An SOC2 + HIPAA audit with a failing scan, a not-applicable control, a waiver and an uploaded file. */
    static String auditWithEvidence(ComplianceFixture fx) throws IOException {
        String audit = AuditApiTest.create(
                fx, "{\"name\": \"soc2 2025\", \"scope\": \"prod\", \"frameworks\": [\"SOC2\", \"HIPAA\"]}");
        String base = "/v1/compliance/audit/" + audit;
        expect(
                201,
                fx.admin.post(base + "/scan?stack=platform-prod", ScanApiTest.resource("unencrypted-bucket.tf.json")));
        expect(
                200,
                fx.admin.put(
                        base + "/controls/SOC2/CC7.4",
                        "{\"status\": \"not_applicable\", \"justification\": \"no incidents\"}"));
        expect(200, fx.admin.put(base + "/controls/SOC2/CC2.1", """
                {"status": "waived", "justification": "tooling migration", "approver": "ciso", "expiresAt": "2025-06-01T00:00:00Z"}"""));
        byte[] plan = "incident response plan v2".getBytes(StandardCharsets.UTF_8);
        expect(
                201,
                fx.admin.sendBytes(
                        "POST",
                        base + "/evidence/files?title=" + java.net.URLEncoder.encode(EVIL_TITLE, StandardCharsets.UTF_8)
                                + "&controls=HIPAA:164.308(a)(6)&sha256=" + Sha256.hex(plan),
                        plan,
                        "application/pdf",
                        Map.of()));
        return audit;
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void htmlIsOneSelfContainedEscapedPageUnderAStrictPolicy(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit = auditWithEvidence(fx);
            TestClient.Response page = expect(200, fx.admin.get("/v1/compliance/reports/" + audit + "?format=html"));
            assertThat(page.contentType()).startsWith("text/html");
            String csp = page.header("Content-Security-Policy");
            assertThat(csp)
                    .isEqualTo(ReportHtml.CONTENT_SECURITY_POLICY)
                    .startsWith("default-src 'none'; style-src 'sha256-");
            assertThat(page.body())
                    .contains("SOC2:CC6.1", "HIPAA:164.308(a)(6)", "failing", "waived", "not_applicable")
                    .contains("IR plan &lt;script&gt;alert(1)&lt;/script&gt;")
                    .doesNotContain("<script", "src=", "href=", "@import", "url(");

            TestClient.Response negotiated = expect(
                    200,
                    fx.admin.send(
                            "GET",
                            "/v1/compliance/reports/" + audit + "/SOC2",
                            null,
                            null,
                            Map.of("Accept", "text/html, application/json")));
            assertThat(negotiated.contentType()).startsWith("text/html");
            assertThat(negotiated.body()).contains("SOC2:CC6.1").doesNotContain("HIPAA:164.308(a)(6)");
            assertThat(expect(
                                    200,
                                    fx.admin.send(
                                            "GET",
                                            "/v1/compliance/reports/" + audit + "/SOC2",
                                            null,
                                            null,
                                            Map.of("Accept", "application/json, text/html")))
                            .json()
                            .get("summary")
                            .get("controls")
                            .asInt())
                    .isEqualTo(11);
            TestClient.Response bad = expect(400, fx.admin.get("/v1/compliance/reports/" + audit + "?format=docx"));
            assertThat(bad.json().get("errors").get(0).get("field").asText()).isEqualTo("format");
            expect(404, fx.admin.get("/v1/compliance/reports/aud_nope?format=html"));
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void pdfCarriesTheReportAndRendersTheSameBytesTwice(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit = auditWithEvidence(fx);
            HttpResponse<byte[]> pdf = download(fx, "/v1/compliance/reports/" + audit + "?format=pdf", Map.of());
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            String text;
            try (var doc = Loader.loadPDF(pdf.body())) {
                text = new PDFTextStripper().getText(doc);
            }
            assertThat(text).contains("Compliance report: soc2 2025", "SOC2:CC6.1", "failing", "ENIS-S3-001", "waived");
            assertThat(text).contains("IR plan <script>alert(1)</script>");
            assertThat(download(fx, "/v1/compliance/reports/" + audit + "?format=pdf", Map.of())
                            .body())
                    .isEqualTo(pdf.body());
            HttpResponse<byte[]> negotiated =
                    download(fx, "/v1/compliance/reports/" + audit + "/HIPAA", Map.of("Accept", "application/pdf"));
            assertThat(new String(negotiated.body(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
        }
    }

    @ParameterizedTest
    @MethodSource("io.enis.compliance.ComplianceFixture#stores")
    void theBundlePassesTheDocumentedOfflineCheckAndFailsItOnceAByteChanges(TestStores.Store store) throws Exception {
        try (var fx = new ComplianceFixture(store, dataDir)) {
            String audit = auditWithEvidence(fx);
            HttpResponse<byte[]> response = download(fx, "/v1/compliance/reports/" + audit + "/bundle", Map.of());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
            byte[] zip = response.body();
            Map<String, byte[]> files = unzip(zip);
            assertThat(files)
                    .containsOnlyKeys(
                            "report.pdf",
                            "assessment-results.json",
                            "evidence.json",
                            "evidence.sha256",
                            "SHA256SUMS",
                            "SHA256SUMS.sig",
                            "public-key.pem",
                            "README.txt");
            assertThat(new String(files.get("evidence.sha256"), StandardCharsets.UTF_8))
                    .contains(Sha256.hex("incident response plan v2".getBytes(StandardCharsets.UTF_8)) + "  evidence/");
            Files.writeString(
                    work.resolve("trusted-key.pem"),
                    expect(200, fx.admin.get("/v1/compliance/audit-log/public-key"))
                            .json()
                            .get("pem")
                            .asText());

            Files.write(work.resolve("audit-bundle.zip"), zip);
            Run ok = runDocumentedCheck();
            assertThat(ok.exit()).as(ok.output()).isZero();
            assertThat(ok.output())
                    .contains("Signature Verified Successfully", "report.pdf: OK", "evidence.sha256: OK");

            // the evidence files themselves, fetched from the API, check against the signed manifest
            Path folder = work.resolve("audit-bundle");
            Files.createDirectories(folder.resolve("evidence"));
            String line = new String(files.get("evidence.sha256"), StandardCharsets.UTF_8).strip();
            String id = line.substring(line.indexOf("evidence/") + "evidence/".length());
            Files.write(
                    folder.resolve("evidence").resolve(id),
                    download(fx, "/v1/compliance/audit/" + audit + "/evidence/" + id + "/content", Map.of())
                            .body());
            assertThat(run(folder, "sha256sum -c evidence.sha256").exit()).isZero();

            for (String file : new String[] {"report.pdf", "evidence.json", "SHA256SUMS", "SHA256SUMS.sig"}) {
                Files.write(work.resolve("audit-bundle.zip"), withOneByteChanged(zip, file));
                Run tampered = runDocumentedCheck();
                assertThat(tampered.exit())
                        .as("a byte of " + file + " changed: " + tampered.output())
                        .isNotZero();
            }
            expect(404, fx.admin.get("/v1/compliance/reports/aud_nope/bundle"));
            expect(400, fx.admin.get("/v1/compliance/reports/" + audit + "/bundle?asOf=yesterday"));
        }
    }

    record Run(int exit, String output) {}

    /** The lines between the verify-bundle markers of docs/api/compliance.md, run in {@link #work}. */
    private Run runDocumentedCheck() throws IOException, InterruptedException {
        String doc = Files.readString(repositoryRoot().resolve("docs/api/compliance.md"));
        String block =
                doc.substring(doc.indexOf("<!-- verify-bundle:start -->"), doc.indexOf("<!-- verify-bundle:end -->"));
        String commands = block.substring(block.indexOf("```bash\n") + 8, block.lastIndexOf("```"));
        return run(work, "set -e\n" + commands);
    }

    private static Run run(Path dir, String script) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "-c", script)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("docs/api/compliance.md"))) {
                return dir;
            }
        }
        throw new AssertionError(
                "no docs/api/compliance.md above " + Path.of("").toAbsolutePath());
    }

    private static HttpResponse<byte[]> download(ComplianceFixture fx, String path, Map<String, String> headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(fx.service.baseUrl() + path))
                .header("Authorization", "Bearer " + TestStores.ADMIN_KEY);
        headers.forEach(request::header);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> out = new java.util.LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** The same zip with one byte of {@code name} flipped (a well-formed zip: the change is in the content). */
    private static byte[] withOneByteChanged(byte[] zip, String name) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var z = new ZipOutputStream(out)) {
            for (var file : unzip(zip).entrySet()) {
                byte[] bytes = file.getValue().clone();
                if (file.getKey().equals(name)) {
                    bytes[bytes.length / 2] ^= 0x01;
                }
                z.putNextEntry(new ZipEntry(file.getKey()));
                z.write(bytes);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}

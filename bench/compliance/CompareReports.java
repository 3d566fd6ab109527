import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The check of bench/compliance/compare.sh (runs with the compliance jar on its class path, for PDFBox): the
 * same audit at the same asOf from two servers on copies of one store — the jar before a change and after it —
 * must answer the same reports in every form. Compared: HTML byte for byte, JSON and OSCAL as JSON (keys sorted:
 * a few small objects are {@code Map.of}, whose key order changes from one JVM to the next), PDFs by their text
 * (PDFBox's text stripper), the auditor bundle file by file; the one thing masked is the time of generation
 * ({@code generatedAt}, "Generated at"), which is the clock's, and what hashes or signs the PDF (its line of
 * SHA256SUMS, SHA256SUMS.sig; and the line of evidence.json, compared as JSON). Exits 1 naming the first difference of each form that differs.
 * Usage: java -cp enis-compliance.jar CompareReports.java BEFORE_URL AFTER_URL KEY ASOF AUDIT:FRAMEWORK...
 */
public class CompareReports {
    static final ObjectMapper SORTED = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String before = args[0], after = args[1], key = args[2], asOf = args[3];
        Map<String, String> forms = new LinkedHashMap<>();
        for (String auditAndFramework : List.of(args).subList(4, args.length)) {
            String report = "/v1/compliance/reports/" + auditAndFramework.substring(0, auditAndFramework.indexOf(':'));
            String framework = auditAndFramework.substring(auditAndFramework.indexOf(':') + 1);
            for (String scope : List.of(report + "/" + framework, report)) {
                for (String format : List.of("json", "html", "pdf", "oscal")) {
                    forms.put(scope + "?format=" + format + "&asOf=" + asOf, format);
                }
            }
            forms.put(report + "/bundle?asOf=" + asOf, "zip");
        }
        int differ = 0;
        for (var form : forms.entrySet()) {
            byte[] a = get(before + form.getKey(), key), b = get(after + form.getKey(), key);
            String diff = form.getValue().equals("zip") ? compareZips(a, b) : compare(form.getValue(), a, b);
            System.out.printf("  %-8s %-70s %s%n", form.getValue(), form.getKey(), diff == null ? "same (" + a.length + " / " + b.length + " bytes)" : "DIFFERENT: " + diff);
            differ += diff == null ? 0 : 1;
        }
        System.out.println(differ == 0 ? "compare: every form is the same" : "compare: " + differ + " forms differ");
        System.exit(differ == 0 ? 0 : 1);
    }

    /** null when {@code a} and {@code b} are the same report in {@code format}, else where they part. */
    static String compare(String format, byte[] a, byte[] b) throws Exception {
        return firstDifference(normal(format, a), normal(format, b));
    }

    static String normal(String format, byte[] body) throws Exception {
        String text = format.equals("pdf") ? pdfText(body) : new String(body, StandardCharsets.UTF_8);
        if (format.equals("json") || format.equals("oscal")) {
            // the order of the keys of a few small objects (Map.of) changes from one JVM to the next
            text = SORTED.writeValueAsString(SORTED.readValue(text, Object.class));
        }
        return text.replaceAll("\"generatedAt\":\"[^\"]*\"", "\"generatedAt\":\"…\"")
                .replaceAll("<dt>Generated at</dt><dd>[^<]*</dd>", "<dt>Generated at</dt><dd>…</dd>")
                .replaceAll("Generated at: \\S+", "Generated at: …");
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return "pages " + doc.getNumberOfPages() + "\n" + new PDFTextStripper().getText(doc);
        }
    }

    static String compareZips(byte[] a, byte[] b) throws Exception {
        Map<String, byte[]> x = unzip(a), y = unzip(b);
        if (!x.keySet().equals(y.keySet())) {
            return "files " + x.keySet() + " vs " + y.keySet();
        }
        for (String name : x.keySet()) {
            String diff = switch (name) {
                case "report.pdf" -> compare("pdf", x.get(name), y.get(name));
                case "SHA256SUMS" -> firstDifference(withoutPdf(x.get(name)), withoutPdf(y.get(name)));
                case "SHA256SUMS.sig" -> null; // signs the SHA-256 of the PDF, whose generation time differs
                case "evidence.json", "assessment-results.json" -> compare("json", x.get(name), y.get(name));
                default -> firstDifference(new String(x.get(name), StandardCharsets.UTF_8), new String(y.get(name), StandardCharsets.UTF_8));
            };
            if (diff != null) {
                return name + ": " + diff;
            }
        }
        return null;
    }

    static String withoutPdf(byte[] sums) {
        // evidence.json is compared as JSON: its Map.of keys make its hash change from one JVM to the next
        return new String(sums, StandardCharsets.UTF_8).replaceAll("(?m)^.*  (report\\.pdf|evidence\\.json)\\n", "");
    }

    static String firstDifference(String a, String b) {
        if (a.equals(b)) {
            return null;
        }
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return "at char " + i + " of " + a.length() + " / " + b.length() + ": «" + excerpt(a, i) + "» vs «" + excerpt(b, i) + "»";
    }

    static String excerpt(String s, int at) {
        return s.substring(Math.max(0, at - 40), Math.min(s.length(), at + 60)).replace("\n", "\\n");
    }

    static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] get(String url, String key) throws Exception {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": " + r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body();
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The load side of bench/compliance/run.sh (runs with the compliance jar on its class path, for nothing but
 * the JDK). Everything goes through the API: an OSCAL catalog of CONTROLS controls (50 per group) imported
 * as framework BENCH, an audit on it, EVIDENCE links spread evenly over the controls (8 client threads);
 * then COUNT sequential GETs of the framework's report as JSON, HTML, PDF and OSCAL assessment results,
 * and of the auditor bundle (COUNT/4), after a warm-up, against COUNT GETs of a hello-world Javalin; then the
 * JSON report and the bundle again, each GET right after a new evidence link (the service reads the audit's
 * evidence from the store again: the first report after a change).
 * With COUNT 0, only the setup, then "audit ID" (what bench/compliance/compare.sh uses).
 * With SERVICE_PID, each line also gives the service's CPU time (user + system, /proc) per request, summed
 * over the timed GETs only.
 * Usage: java -cp enis-compliance.jar ComplianceBench.java HELLO_URL SERVICE_URL KEY CONTROLS EVIDENCE COUNT [SERVICE_PID]
 */
public class ComplianceBench {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String hello = args[0], service = args[1], key = args[2];
        int controls = Integer.parseInt(args[3]), evidence = Integer.parseInt(args[4]), count = Integer.parseInt(args[5]);
        servicePid = args.length > 6 ? args[6] : null;

        long t0 = System.nanoTime();
        send("POST", service + "/v1/compliance/oscal/catalogs?framework=BENCH", key, catalog(controls), 201);
        long t1 = System.nanoTime();
        String audit = field(send("POST", service + "/v1/compliance/audit", key,
                "{\"name\": \"bench\", \"scope\": \"bench\", \"frameworks\": [\"BENCH\"]}", 201), "id");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        String links = service + "/v1/compliance/audit/" + audit + "/evidence";
        for (int i = 0; i < evidence; i++) {
            int n = i;
            done.add(pool.submit(() -> send("POST", links, key, "{\"title\": \"evidence " + n + "\", \"url\": \"https://evidence.example.com/"
                    + n + "\", \"sha256\": \"" + "%064x".formatted(n) + "\", \"controls\": [\"BENCH:c-" + (n % controls) + "\"]}", 201)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        long t2 = System.nanoTime();
        System.out.printf("setup over HTTP: OSCAL catalog of %d controls imported in %.0f ms; %d evidence links in %.1f s (8 clients)%n",
                controls, (t1 - t0) / 1e6, evidence, (t2 - t1) / 1e9);

        if (count == 0) { // bench/compliance/compare.sh: the store only
            System.out.println("audit " + audit);
            System.exit(0);
        }
        String report = service + "/v1/compliance/reports/" + audit + "/BENCH";
        int warm = Math.max(3, count / 4);
        System.out.printf("%nlatency of %d sequential GETs each (after %d warm-up), ms:%n", count, warm);
        System.out.printf("  %-34s %8s %8s %8s %8s %10s %12s%n", "", "p50", "p90", "max", "mean", "bytes", "server CPU");
        line("hello-world Javalin (before)", hello + "/hello", null, count * 4, count);
        line("report JSON", report, key, count, warm);
        line("report HTML", report + "?format=html", key, count, warm);
        line("report PDF", report + "?format=pdf", key, count, warm);
        line("report OSCAL assessment results", report + "?format=oscal", key, count, warm);
        line("auditor bundle (zip)", service + "/v1/compliance/reports/" + audit + "/bundle", key, Math.max(3, count / 4), 2);
        // each GET after a new evidence link: the evidence rows are read from the store again
        String fresh = "{\"title\": \"fresh\", \"url\": \"https://evidence.example.com/fresh\", \"sha256\": \"" + "%064x".formatted(0)
                + "\", \"controls\": [\"BENCH:c-0\"]}";
        line("report JSON, first after a change", report, key, count, 0, () -> send("POST", links, key, fresh, 201));
        line("bundle, first after a change", service + "/v1/compliance/reports/" + audit + "/bundle", key, Math.max(3, count / 4), 0,
                () -> send("POST", links, key, fresh, 201));
        line("hello-world Javalin (after)", hello + "/hello", null, count * 4, count);
        System.exit(0);
    }

    static void line(String label, String url, String key, int n, int warm) throws Exception {
        line(label, url, key, n, warm, () -> null);
    }

    /** As above, running {@code before} (not timed) before each timed GET. */
    static void line(String label, String url, String key, int n, int warm, java.util.concurrent.Callable<?> before) throws Exception {
        for (int i = 0; i < warm; i++) {
            get(url, key);
        }
        double[] ms = new double[n];
        long bytes = 0, cpuTicks = 0;
        for (int i = 0; i < n; i++) {
            before.call();
            long c = cpuTicks();
            long s = System.nanoTime();
            bytes = get(url, key);
            ms[i] = (System.nanoTime() - s) / 1e6;
            cpuTicks += cpuTicks() - c;
        }
        Arrays.sort(ms);
        String cpu = servicePid == null || key == null ? "" : "%.0f ms/req".formatted(cpuTicks * 10.0 / n);
        System.out.printf("  %-34s %8.2f %8.2f %8.2f %8.2f %10d %12s%n", label, ms[n / 2], ms[(int) Math.ceil(n * 0.9) - 1], ms[n - 1],
                Arrays.stream(ms).average().orElse(0), bytes, cpu);
    }

    static String servicePid;

    /** The service's user + system CPU time in clock ticks (10 ms) from /proc/PID/stat, 0 without a pid. */
    static long cpuTicks() throws Exception {
        if (servicePid == null) {
            return 0;
        }
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", servicePid, "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    static long get(String url, String key) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + ": " + r.statusCode() + " " + new String(r.body()));
        }
        return r.body().length;
    }

    static String send(String method, String url, String key, String body, int expect) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + key)
                    .header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != expect) {
                throw new IllegalStateException(method + " " + url + ": " + r.statusCode() + " " + r.body());
            }
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String field(String json, String name) {
        int at = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
        return json.substring(at, json.indexOf('"', at));
    }

    /** An OSCAL 1.1.3 catalog of n controls, c-0 … c-(n-1), in groups of 50. */
    static String catalog(int n) {
        StringBuilder b = new StringBuilder("{\"catalog\": {\"uuid\": \"5b2f4c1e-8d3a-4f6b-9c7d-0e1f2a3b4c5d\", \"metadata\": {\"title\": "
                + "\"Bench catalog\", \"last-modified\": \"2025-01-01T00:00:00Z\", \"version\": \"1\", \"oscal-version\": \"1.1.3\"}, \"groups\": [");
        for (int g = 0; g * 50 < n; g++) {
            b.append(g == 0 ? "" : ",").append("{\"id\": \"g-").append(g).append("\", \"title\": \"Group ").append(g).append("\", \"controls\": [");
            for (int c = g * 50; c < Math.min(n, g * 50 + 50); c++) {
                b.append(c == g * 50 ? "" : ",").append("{\"id\": \"c-").append(c).append("\", \"title\": \"Bench control ").append(c)
                        .append("\", \"props\": [{\"name\": \"freshness-days\", \"ns\": \"https://enis.io/ns/oscal\", \"value\": \"365\"}]}");
            }
            b.append("]}");
        }
        return b.append("]}}").toString();
    }
}

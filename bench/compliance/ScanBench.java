import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A scan of every synthesized stack through the API: each {@code cdk.tf.json} under STACKS_DIR is
 * POSTed to {@code /v1/compliance/audit/{id}/scan?stack=<id>} of one audit, one after another, ROUNDS
 * times (each round one complete scan of every stack); the same bodies POSTed to a hello-world server
 * that only reads them are the baseline (HTTP and JSON transfer without any policy work).
 * Usage: java ScanBench.java SERVICE_URL HELLO_URL KEY STACKS_DIR ROUNDS
 */
public class ScanBench {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Doc(String stack, byte[] body) {}

    public static void main(String[] args) throws Exception {
        String service = args[0];
        String hello = args[1];
        String key = args[2];
        Path dir = Path.of(args[3]);
        int rounds = Integer.parseInt(args[4]);
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> stacks = Files.list(dir)) {
            for (Path stack : stacks.sorted().toList()) {
                Path file = stack.resolve("cdk.tf.json");
                if (Files.isRegularFile(file)) {
                    docs.add(new Doc(stack.getFileName().toString(), Files.readAllBytes(file)));
                }
            }
        }
        long bytes = docs.stream().mapToLong(d -> d.body().length).sum();
        System.out.printf("stacks=%d total_bytes=%,d largest=%s (%,d bytes)%n", docs.size(), bytes,
                docs.stream().max((a, b) -> a.body().length - b.body().length).get().stack(),
                docs.stream().mapToInt(d -> d.body().length).max().getAsInt());
        String create = "{\"name\": \"scan bench\", \"scope\": \"every stack of every environment\", "
                + "\"frameworks\": [\"ISO27001\", \"SOC2\", \"GDPR\", \"PCI_DSS\", \"HIPAA\"]}";
        String audit = post(service + "/v1/compliance/audit", key, create.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        // one warm-up round each: class loading and JIT, not measured
        round(docs, hello + "/scan", null, null);
        round(docs, service + "/v1/compliance/audit/" + audit + "/scan", key, null);
        double[] helloMs = new double[rounds];
        double[] serviceMs = new double[rounds];
        List<Double> perStack = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            helloMs[r] = round(docs, hello + "/scan", null, null);
            serviceMs[r] = round(docs, service + "/v1/compliance/audit/" + audit + "/scan", key, perStack);
        }
        Arrays.sort(helloMs);
        Arrays.sort(serviceMs);
        double[] stacks = perStack.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("| what | median of %d rounds (ms) | min | max |%n|---|---|---|---|%n", rounds);
        System.out.printf("| hello world: POST the %d documents | %.0f | %.0f | %.0f |%n", docs.size(),
                helloMs[rounds / 2], helloMs[0], helloMs[rounds - 1]);
        System.out.printf("| compliance: scan the %d stacks (every policy rule, evidence recorded) | %.0f | %.0f | %.0f |%n",
                docs.size(), serviceMs[rounds / 2], serviceMs[0], serviceMs[rounds - 1]);
        System.out.printf("| compliance: one stack's scan, p50 / p90 / max over %d | %.1f | %.1f | %.1f |%n",
                stacks.length, stacks[stacks.length / 2], stacks[(int) (stacks.length * 0.9)], stacks[stacks.length - 1]);
        String evidence = get(service + "/v1/compliance/audit/" + audit + "/evidence", key);
        System.out.printf("evidence rows in the audit: %d (%d rounds + warm-up x %d stacks x every rule)%n",
                evidence.split("\"id\":\"evd_").length - 1, rounds, docs.size());
    }

    /** POSTs every document once; returns the round's milliseconds (and each one's into perStack). */
    static double round(List<Doc> docs, String url, String key, List<Double> perStack) throws Exception {
        long start = System.nanoTime();
        for (Doc d : docs) {
            long t = System.nanoTime();
            post(url + "?stack=" + d.stack(), key, d.body());
            if (perStack != null) {
                perStack.add((System.nanoTime() - t) / 1e6);
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    static String post(String url, String key, byte[] body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    static String get(String url, String key) throws Exception {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }
}

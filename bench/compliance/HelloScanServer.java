import io.javalin.Javalin;

/**
 * The baseline of the scan and verification benchmarks: a hello-world Javalin 7 on the same JVM
 * settings as the service, reading a POSTed body and answering a small JSON object (and a GET).
 * Usage: java -cp enis-compliance.jar HelloScanServer.java PORT
 */
public class HelloScanServer {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(cfg -> {
                    cfg.startup.showJavalinBanner = false;
                    cfg.http.maxRequestSize = 64L * 1024 * 1024;
                    cfg.routes.post("/scan", ctx -> ctx.contentType("application/json")
                            .result("{\"bytes\":" + ctx.bodyAsBytes().length + "}"));
                    cfg.routes.get("/hello", ctx -> ctx.contentType("application/json").result("{\"id\":\"hello\"}"));
                    cfg.routes.get("/health/ready", ctx -> ctx.result("UP"));
                })
                .start("127.0.0.1", port);
    }
}

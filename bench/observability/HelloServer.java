import io.javalin.Javalin;

/**
 * The baseline: a hello-world Javalin 7 on the same JVM settings as the service. It reads the request
 * body (as the collect endpoint must) and answers a small JSON object.
 * Usage: java -cp enis-observability.jar HelloServer.java PORT
 */
public class HelloServer {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/hello", ctx -> {
                ctx.bodyAsBytes();
                ctx.contentType("application/json").result("{\"id\":\"hello\",\"accepted\":1}");
            });
            cfg.routes.get("/health/ready", ctx -> ctx.result("UP"));
        }).start("127.0.0.1", port);
    }
}

import io.javalin.Javalin;

/**
 * The baseline: a hello-world Javalin 7 on the same JVM settings as the service, answering a small
 * JSON object to a GET. Usage: java -cp enis-scorecard.jar HelloServer.java PORT
 */
public class HelloServer {
    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/hello", ctx -> ctx.contentType("application/json").result("{\"id\":\"hello\"}"));
            cfg.routes.get("/health/ready", ctx -> ctx.result("UP"));
        }).start("127.0.0.1", port);
    }
}

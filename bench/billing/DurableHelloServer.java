import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The floor of a durable ingest: the hello world (HelloServer.java) plus the least a usage event needs
 * before it is answered — its JSON parsed and one row keyed by {@code transaction_id} committed in
 * PostgreSQL, concurrent requests sharing one transaction (one writer thread, one multi-row
 * {@code insert … on conflict do nothing}, as the billing service's group commit does). No
 * authentication, no rate limit, no validation, no period, no lock: what any implementation of the
 * endpoint pays on these cores whatever it does besides. The table is {@code durable_hello} in the
 * schema given (created if missing; like the service's, the bench leaves it behind).
 *
 * <p>PostgreSQL as the bench runs it has {@code fsync=off} and {@code synchronous_commit=off}: the floor is
 * then not durable either, just the same database work the service does per event at its least.
 *
 * <p>Usage: java -cp enis-billing.jar DurableHelloServer.java PORT DATABASE_URL USER PASSWORD SCHEMA
 * (DATABASE_URL as the service takes it: postgresql://…, postgres://… or jdbc:postgresql://…)
 */
public class DurableHelloServer {
    record Pending(String id, String payload, CompletableFuture<Boolean> stored) {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String url = args[1], user = args[2], password = args[3], schema = args[4];
        Connection c = DriverManager.getConnection(io.enis.kit.db.JdbcUrls.toJdbc(url), user, password);
        try (var s = c.createStatement()) {
            s.execute("create schema if not exists " + schema);
            s.execute("create table if not exists " + schema + ".durable_hello (transaction_id varchar(255) primary key, "
                    + "payload varchar(60000) not null, received_at bigint not null)");
        }
        c.setAutoCommit(false);
        LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
        Thread writer = new Thread(() -> write(c, schema, queue), "durable-writer");
        writer.setDaemon(true);
        writer.start();
        ObjectMapper json = new ObjectMapper();
        Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/hello", ctx -> {
                JsonNode event = json.readTree(ctx.bodyAsBytes());
                String id = event.path("transaction_id").asText();
                Pending p = new Pending(id, event.toString(), new CompletableFuture<>());
                queue.add(p);
                boolean fresh = p.stored().join();
                ctx.status(fresh ? 201 : 200).contentType("application/json")
                        .result("{\"transaction_id\":\"" + id + "\",\"duplicate\":" + !fresh + "}");
            });
            cfg.routes.get("/health/ready", ctx -> ctx.result("UP"));
        }).start("127.0.0.1", port);
    }

    /** One group per transaction: everything queued, one multi-row insert, the commit, then the answers. */
    static void write(Connection c, String schema, LinkedBlockingQueue<Pending> queue) {
        while (true) {
            List<Pending> group = new ArrayList<>();
            try {
                group.add(queue.take());
            } catch (InterruptedException stop) {
                return;
            }
            queue.drainTo(group, 999);
            StringBuilder sql = new StringBuilder("insert into " + schema + ".durable_hello values ");
            for (int i = 0; i < group.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?)");
            }
            sql.append(" on conflict do nothing returning transaction_id");
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                long now = System.currentTimeMillis();
                int k = 1;
                for (Pending p : group) {
                    ps.setString(k++, p.id());
                    ps.setString(k++, p.payload());
                    ps.setLong(k++, now);
                }
                Set<String> inserted = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        inserted.add(rs.getString(1));
                    }
                }
                c.commit();
                for (Pending p : group) {
                    p.stored().complete(inserted.contains(p.id()));
                }
            } catch (Exception e) {
                try {
                    c.rollback();
                } catch (Exception ignored) {
                    // the answers below say it failed
                }
                for (Pending p : group) {
                    p.stored().completeExceptionally(e);
                }
            }
        }
    }
}

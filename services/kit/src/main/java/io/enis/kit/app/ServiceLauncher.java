package io.enis.kit.app;

import io.enis.kit.config.ConfigException;
import io.enis.kit.config.Settings;
import io.enis.kit.db.Database;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * The {@code main} of every service: {@code --help} lists the settings it reads; otherwise it starts
 * from the environment and stops gracefully on SIGTERM. Exit codes: 2 invalid configuration (every
 * problem listed), 1 the database or port could not be used.
 */
public final class ServiceLauncher {
    private ServiceLauncher() {}

    public static void launch(ServiceDefinition<?> definition, String[] args) {
        if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(help(definition));
            return;
        }
        if (args.length > 0) {
            System.err.println(definition.name() + ": unknown argument '" + args[0] + "'; configuration comes from "
                    + "environment variables, see --help");
            System.exit(2);
        }
        try {
            RunningService service = KitServer.start(definition, System.getenv(), Clock.systemUTC());
            Runtime.getRuntime().addShutdownHook(new Thread(service::stopOnSignal, definition.name() + "-shutdown"));
        } catch (ConfigException e) {
            System.err.println(definition.name() + ": " + e.getMessage());
            System.exit(2);
        } catch (Database.DatabaseException e) {
            System.err.println(definition.name() + ": " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println(definition.name() + ": cannot start: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The {@code --help} text: usage and every setting with its default. */
    public static String help(ServiceDefinition<?> definition) {
        Settings settings = new Settings(Map.of());
        KitServer.read(definition, settings);
        var out = new ByteArrayOutputStream();
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        p.println("Usage: java -jar enis-" + definition.name() + ".jar");
        p.println();
        p.println("ENIS " + definition.name() + " service. Configuration comes from environment variables:");
        p.println();
        for (Settings.SettingDoc doc : settings.documented()) {
            p.printf(
                    "  %-28s %s%n",
                    doc.name(),
                    doc.description() + (doc.defaultValue() == null ? "" : " (default: " + doc.defaultValue() + ")"));
        }
        p.println();
        p.println("Endpoints: /openapi.json (API), /health/live, /health/ready, /metrics (Prometheus).");
        p.println("Exit codes: 0 stopped normally, 1 database or port unusable, 2 invalid configuration.");
        return out.toString(StandardCharsets.UTF_8);
    }
}

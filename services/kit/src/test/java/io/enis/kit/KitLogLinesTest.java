package io.enis.kit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import com.fasterxml.jackson.databind.JsonNode;
import io.enis.kit.app.KitServer;
import io.enis.kit.json.Json;
import io.enis.kit.testing.TestStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The JSON log lines of the production configuration ({@code logback.xml}, not the tests'
 * {@code logback-test.xml}) say which service and which deployment environment they come from.
 */
class KitLogLinesTest {
    private static final LoggerContext CONTEXT = (LoggerContext) LoggerFactory.getILoggerFactory();

    @TempDir
    Path dataDir;

    @AfterEach
    void restoreTheTestConfiguration() throws JoranException {
        configure("/logback-test.xml");
    }

    @Test
    void everyLineCarriesTheServiceAndTheEnvironment() throws Exception {
        configure("/logback.xml");
        Map<String, String> env = new HashMap<>(TestStores.env(TestStores.Store.EMBEDDED, dataDir));
        env.put("ENVIRONMENT", "staging");
        try (var service = KitServer.start(new EchoService(), env, Clock.systemUTC())) {
            JsonNode line = Json.MAPPER.readTree(encodedByTheStdoutAppender("a line"));
            assertThat(line.path("message").asText()).isEqualTo("a line");
            assertThat(line.path("service").asText()).isEqualTo(new EchoService().name());
            assertThat(line.path("environment").asText()).isEqualTo("staging");
        }
    }

    private static void configure(String resource) throws JoranException {
        CONTEXT.reset();
        var configurator = new JoranConfigurator();
        configurator.setContext(CONTEXT);
        configurator.doConfigure(KitLogLinesTest.class.getResource(resource));
    }

    /** One event as the configured stdout appender writes it. */
    @SuppressWarnings("unchecked")
    private static String encodedByTheStdoutAppender(String message) {
        Logger root = CONTEXT.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var appender = (OutputStreamAppender<ILoggingEvent>) root.getAppender("STDOUT");
        assertThat(appender).as("the STDOUT appender").isNotNull();
        var event = new LoggingEvent(KitLogLinesTest.class.getName(), root, Level.INFO, message, null, null);
        return new String(appender.getEncoder().encode(event), StandardCharsets.UTF_8);
    }
}

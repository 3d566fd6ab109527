package io.enis.stacks.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the environment directory and calls back once per burst of changes to {@code *.yaml}
 * files (editors often write a file in several steps; events within {@value #QUIET_MILLIS} ms are
 * merged). Runs until the thread is interrupted or {@link #close()} is called.
 */
final class EnvironmentWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 200;

    private final WatchService service;

    EnvironmentWatcher(Path directory) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        directory.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    /** Blocks, calling {@code onChange} after each burst of YAML changes. */
    void run(Runnable onChange) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                boolean yamlChanged = drain(key);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    yamlChanged |= drain(more);
                }
                if (yamlChanged) {
                    onChange.run();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException closed) {
            // stopped
        }
    }

    private static boolean drain(WatchKey key) {
        boolean yaml = key.pollEvents().stream()
                .anyMatch(event ->
                        event.context() instanceof Path path && path.toString().endsWith(".yaml"));
        key.reset();
        return yaml;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}

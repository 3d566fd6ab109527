package io.enis.kit.testing;

import java.io.IOException;
import java.net.BindException;
import java.util.Locale;
import java.util.function.IntSupplier;

/**
 * Starting a server that cannot pick its own port (PostgreSQL, Redis, Prometheus, a service whose
 * settings must name its own port) on a {@link ServiceProcess#freePort() port free a moment ago}:
 * another process may take that port before the server binds it, so a start that fails because the
 * address is in use is tried again on another port, {@value #ATTEMPTS} times at most. The race then
 * costs a retry instead of a failed build.
 */
public final class PortRetry {
    /** How many ports are tried before the start fails. */
    public static final int ATTEMPTS = 3;

    private PortRetry() {}

    /** Starts a server on the given port; fails (any exception) when it cannot. */
    @FunctionalInterface
    public interface Start<T> {
        T on(int port) throws Exception;
    }

    /** {@link #start(IntSupplier, Start)} on ports that were free a moment ago. */
    public static <T> T start(Start<T> start) throws Exception {
        return start(freePorts(), start);
    }

    /**
     * Calls {@code start} with a port from {@code ports} and returns what it started; when it fails
     * because the address is in use ({@link #addressInUse}), with the next port, {@value #ATTEMPTS}
     * ports in all.
     *
     * @throws Exception what the last attempt threw, or the first failure that is not an address in use
     */
    public static <T> T start(IntSupplier ports, Start<T> start) throws Exception {
        for (int attempt = 1; ; attempt++) {
            int port = ports.getAsInt();
            try {
                return start.on(port);
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || !addressInUse(e)) {
                    throw e;
                }
                System.err.println("port " + port + " was taken before the server bound it; trying another ("
                        + e.getClass().getSimpleName() + ")");
            }
        }
    }

    /**
     * Whether {@code failure} (or a cause) is a {@link BindException} or says "address already in use" /
     * "port already in use" (how PostgreSQL, Redis, Prometheus and Javalin report it).
     */
    public static boolean addressInUse(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("address already in use") || message.contains("port already in use")) {
                return true;
            }
        }
        return false;
    }

    /** Ports free a moment ago ({@link ServiceProcess#freePort()}), one per call. */
    public static IntSupplier freePorts() {
        return PortRetry::freePort;
    }

    /**
     * Ports for a test of a retrying server: {@code taken} (a port the test keeps a listening socket on)
     * first, then ports free a moment ago.
     */
    public static IntSupplier takenFirst(int taken) {
        boolean[] offered = {false};
        return () -> {
            if (!offered[0]) {
                offered[0] = true;
                return taken;
            }
            return freePort();
        };
    }

    /** {@link ServiceProcess#freePort()}, unchecked. */
    static int freePort() {
        try {
            return ServiceProcess.freePort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port on this machine", e);
        }
    }
}

package io.enis.kit.app;

import java.util.concurrent.ThreadFactory;

/** Background threads of a service: daemon (they never keep the JVM alive), named for thread dumps. */
public final class DaemonThreads {
    private DaemonThreads() {}

    /** A factory of daemon threads called {@code name}. */
    public static ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}

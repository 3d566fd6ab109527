package io.enis.kit.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A port of 127.0.0.1 that refuses connections for as long as it is held: a socket bound to it that
 * does not listen, so no other process can listen there meanwhile (a port merely "free a moment ago"
 * could be taken and answer). For tests of an address that cannot be reached.
 */
public final class ClosedPort implements AutoCloseable {
    private final Socket socket;

    private ClosedPort(Socket socket) {
        this.socket = socket;
    }

    /** Binds a socket to a port the system picks; fails only when no port can be bound. */
    public static ClosedPort hold() throws IOException {
        Socket socket = new Socket();
        try {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return new ClosedPort(socket);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** {@code http://127.0.0.1:<port>} */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** Releases the port. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}

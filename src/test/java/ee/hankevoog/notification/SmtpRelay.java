package ee.hankevoog.notification;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Passes each connection through to a test's mail server, counting them, and closes a connection the server closed.
 * A held relay answers no connection until released: a client sending through it waits for the server's greeting.
 */
final class SmtpRelay implements AutoCloseable {

    private final ServerSocket listener = new ServerSocket(0);
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch released;
    private final int target;

    SmtpRelay(int target) throws IOException {
        this(target, false);
    }

    private SmtpRelay(int target, boolean held) throws IOException {
        this.target = target;
        this.released = new CountDownLatch(held ? 1 : 0);
        daemon(this::accept);
    }

    static SmtpRelay held(int target) throws IOException {
        return new SmtpRelay(target, true);
    }

    void release() {
        released.countDown();
    }

    int port() {
        return listener.getLocalPort();
    }

    int connections() {
        return connections.get();
    }

    private void accept() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                relay(client);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) throws IOException {
        Socket server;
        try {
            server = new Socket("127.0.0.1", target);
        } catch (IOException refused) {
            client.close();
            return;
        }
        daemon(() -> pump(client, server));
        daemon(() -> pump(server, client));
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "smtp-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void pump(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // the other side is gone: closing both below ends the connection
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        release();
        listener.close();
    }
}

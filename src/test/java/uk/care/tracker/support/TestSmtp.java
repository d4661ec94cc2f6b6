package uk.care.tracker.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * One real SMTP server (GreenMail) for the whole test JVM, on a free port, so that the shared application context
 * stays one. Tests may stop it to act as an outage and start it again on the same port.
 */
public final class TestSmtp {

    private static final int PORT = freePort();
    private static GreenMail server;

    private TestSmtp() {
    }

    public static synchronized int port() {
        if (server == null) {
            start();
        }
        return PORT;
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** The mail server goes away: connections are refused until {@link #start()}. Its mail is lost with it. */
    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    public static synchronized List<MimeMessage> received() {
        return server == null ? List.of() : List.of(server.getReceivedMessages());
    }

    public static synchronized void forgetReceived() {
        if (server != null) {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot empty the test mail server", e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.opendoors;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;

/** One GreenMail SMTP server for the whole test run, on a fixed free port so it can be stopped and restarted. */
public final class TestMailServer {

    private static final int PORT = freePort();
    private static GreenMail server = start();

    private TestMailServer() {
    }

    public static int port() {
        return PORT;
    }

    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void restart() {
        server = start();
    }

    /**
     * What arrived for one address, read from that address's own inbox: asking GreenMail for every message received
     * parses thousands of messages by the end of a run, on every poll of a waiting test, and starves delivery.
     */
    public static synchronized List<MimeMessage> messagesTo(String recipient) {
        GreenMailUser user = server.getUserManager().getUserByEmail(recipient);
        if (user == null) {
            user = server.getUserManager().getUserByEmail(recipient.toLowerCase(java.util.Locale.ROOT));
        }
        if (user == null) {
            return List.of();
        }
        try {
            return server.getManagers().getImapHostManager().getInbox(user).getMessages().stream()
                    .map(StoredMessage::getMimeMessage).toList();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.opendoors;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading what arrived at GreenMail: the newest message to someone, its text, links and attachments. */
public final class TestMail {

    private TestMail() {
    }

    /**
     * Waits for a message to this address whose subject contains the text, and returns it. The wait is long because
     * the outbox sends one message at a time, oldest first: after a test that queued hundreds (the generated access
     * test creates a user, and so a welcome e-mail, per case), a new message waits its turn.
     */
    public static MimeMessage await(String recipient, String subjectContains) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(5)).until(() -> find(recipient, subjectContains),
                java.util.Objects::nonNull);
    }

    public static long count(String recipient, String subjectContains) {
        return TestMailServer.messagesTo(recipient).stream().filter(m -> subject(m).contains(subjectContains)).count();
    }

    public static String text(MimeMessage message) {
        try {
            Object content = message.getContent();
            if (content instanceof String text) {
                return text;
            }
            Multipart multipart = (Multipart) content;
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = textOf(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
            return "";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the first link to this application's address containing the given path start, e.g. "verify-email/". */
    public static String linkPath(MimeMessage message, String pathStart) {
        Matcher matcher = Pattern.compile("https?://[^/\\s]+/(" + Pattern.quote(pathStart) + "\\S+)").matcher(text(message));
        if (!matcher.find()) {
            throw new AssertionError("No link to " + pathStart + " in: " + text(message));
        }
        return matcher.group(1);
    }

    public static byte[] attachment(MimeMessage message, String filename) {
        try {
            Multipart multipart = (Multipart) message.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (filename.equals(part.getFileName())) {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    part.getDataHandler().writeTo(bytes);
                    return bytes.toByteArray();
                }
            }
            throw new AssertionError("No attachment " + filename);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(BodyPart part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String text && part.getFileName() == null) {
            return text;
        }
        if (content instanceof Multipart nested) {
            for (int i = 0; i < nested.getCount(); i++) {
                String text = textOf(nested.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static MimeMessage find(String recipient, String subjectContains) {
        List<MimeMessage> matching = TestMailServer.messagesTo(recipient).stream()
                .filter(m -> subject(m).contains(subjectContains)).toList();
        return matching.isEmpty() ? null : matching.getLast();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}

package io.trustmark.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the servers the application under test talks to, once per test JVM: a real PostgreSQL
 * (embedded, when {@code trustmark.it.postgres.port} is set), a GreenMail SMTP server (when
 * {@code trustmark.it.smtp.port} is set) and an OpenID Connect provider standing in for ThaID (when
 * {@code trustmark.it.thaid.port} is set). Failsafe passes the same ports to Payara Micro as
 * environment variables. Unit-test runs set neither, so they start nothing.
 */
public class TestServers implements LauncherSessionListener {

    private static EmbeddedPostgres postgres;
    private static GreenMail greenMail;
    private static ThaIdStandIn thaid;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        var pgPort = System.getProperty("trustmark.it.postgres.port");
        if (pgPort != null && postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder()
                        .setPort(Integer.parseInt(pgPort))
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL on port " + pgPort, e);
            }
        }
        var smtpPort = System.getProperty("trustmark.it.smtp.port");
        if (smtpPort != null && greenMail == null) {
            greenMail =
                    new GreenMail(new ServerSetup(Integer.parseInt(smtpPort), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        var thaidPort = System.getProperty("trustmark.it.thaid.port");
        if (thaidPort != null && thaid == null) {
            thaid = new ThaIdStandIn().start(Integer.parseInt(thaidPort));
        }
    }

    /** A connection to the suite's PostgreSQL, for a test that looks at the database itself. */
    public static Connection postgres() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + System.getProperty("trustmark.it.postgres.port") + "/postgres",
                "postgres",
                "postgres");
    }

    /** The OpenID Connect provider standing in for ThaID, at the issuer failsafe gives the application. */
    public static ThaIdStandIn thaid() {
        if (thaid == null) {
            throw new IllegalStateException("The ThaID stand-in is not running: set trustmark.it.thaid.port");
        }
        return thaid;
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (thaid != null) {
            thaid.shutdown();
            thaid = null;
        }
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is ending anyway
            }
            postgres = null;
        }
    }

    /** The mails GreenMail received for {@code recipient}, waiting up to {@code timeout} for at least {@code count}. */
    public static List<MimeMessage> mailsTo(String recipient, int count, Duration timeout) {
        if (greenMail == null) {
            throw new IllegalStateException("GreenMail is not running: set trustmark.it.smtp.port");
        }
        var deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var mails = Arrays.stream(greenMail.getReceivedMessages())
                    .filter(m -> recipients(m).contains(recipient))
                    .toList();
            if (mails.size() >= count || System.nanoTime() > deadline) {
                return mails;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return mails;
            }
        }
    }

    /** The first mail to {@code recipient} whose subject contains {@code subjectPart}, waiting for it. */
    public static Optional<MimeMessage> mailWithSubject(String recipient, String subjectPart) {
        var deadline = System.nanoTime() + PageKit.MAIL_WAIT.toNanos();
        do {
            for (var mail : mailsTo(recipient, 1, Duration.ofMillis(500))) {
                try {
                    if (mail.getSubject().contains(subjectPart)) {
                        return Optional.of(mail);
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /** The first link in the newest mail to {@code recipient} whose subject contains {@code subjectPart}. */
    public static Optional<String> linkInMail(String recipient, String subjectPart, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        do {
            var mails = mailsTo(recipient, 1, Duration.ofMillis(500));
            for (int i = mails.size() - 1; i >= 0; i--) {
                var mail = mails.get(i);
                try {
                    if (mail.getSubject().contains(subjectPart)) {
                        var matcher = Pattern.compile("https?://\\S+").matcher(part(mail, "text/plain"));
                        if (matcher.find()) {
                            return Optional.of(matcher.group());
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    /**
     * The part of {@code mail} of the given type ("text/plain", "text/html"), whether the mail is a single
     * part or multipart/alternative; empty when it has no such part.
     */
    public static String part(MimeMessage mail, String type) {
        try {
            if (mail.isMimeType(type)) {
                return (String) mail.getContent();
            }
            if (mail.getContent() instanceof MimeMultipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    if (multipart.getBodyPart(i).isMimeType(type)) {
                        return (String) multipart.getBodyPart(i).getContent();
                    }
                }
            }
            return "";
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (Exception e) {
            return "";
        }
    }
}

package io.trustmark.notification.infrastructure;

import io.trustmark.notification.application.Mailer.MailQueued;
import io.trustmark.notification.domain.OutboxMail;
import io.trustmark.platform.concurrent.ScheduledJob;
import io.trustmark.platform.concurrent.ScheduledJobs;
import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers queued mails: right after the transaction that queued them commits, and on a fixed delay
 * for retries ({@link ScheduledJobs}, on every node). Each mail is claimed in the database before it is sent, so two
 * nodes (or two runs on one node) never send the same mail twice.
 * <p>
 * Without an SMTP host, the demo writes each mail to the log instead, links included (with the demo
 * mailbox, that is how a demo user confirms an address). Outside the demo, a mail holds addresses and
 * names that must never reach a log, so without an SMTP host mails stay queued until one is configured;
 * the readiness check reports the growing backlog.
 */
@ApplicationScoped
public class OutboxSender implements ScheduledJob {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    @Inject
    ScheduledJobs jobs;

    @Inject
    OutboxStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trustmark.mail.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "trustmark.mail.smtp.port", defaultValue = "25")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "trustmark.mail.smtp.user")
    Optional<String> smtpUser;

    @Inject
    @ConfigProperty(name = "trustmark.mail.smtp.password")
    Optional<String> smtpPassword;

    @Inject
    @ConfigProperty(name = "trustmark.mail.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "trustmark.mail.from", defaultValue = "Trustmark <no-reply@trustmark.local>")
    String from;

    @Inject
    @ConfigProperty(name = "trustmark.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "trustmark.demo", defaultValue = "false")
    boolean demo;

    private Session session;

    void start(@Observes SchemaReady ready) {
        session = smtpHost.map(this::smtpSession).orElse(null);
        if (session != null) {
            LOG.info(() -> "Mails are sent through " + smtpHost.get() + ":" + smtpPort);
        } else if (demo) {
            LOG.info("Demo without SMTP host (trustmark.mail.smtp.host): mails are written to the log");
        } else {
            LOG.severe("No SMTP host configured (trustmark.mail.smtp.host): mails stay queued until one is");
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        jobs.runSoon(this);
    }

    /** Whether the retry loop is scheduled and has not died; the liveness check asks. */
    public boolean isRunning() {
        return jobs.isScheduled(this);
    }

    @Override
    public String name() {
        return "outbox";
    }

    @Override
    public String intervalKey() {
        return "trustmark.mail.sender.interval";
    }

    /** Every node drains: the mails are claimed one by one ({@link OutboxStore#claim}). */
    @Override
    public boolean oncePerInterval() {
        return false;
    }

    /** Sends everything that is due. Runs on one thread per node at a time; nodes coordinate by claims. */
    @Override
    public void work() {
        if (session == null && !demo) {
            return;
        }
        List<Long> due;
        do {
            due = store.due(Instant.now(clock), BATCH);
            for (Long id : due) {
                store.claim(id, Instant.now(clock), CLAIM).ifPresent(this::deliver);
            }
        } while (due.size() == BATCH);
    }

    private void deliver(OutboxMail mail) {
        try {
            if (session == null) {
                LOG.info(() -> "Mail (not sent: no SMTP host configured) to " + mail.getRecipient() + "\nSubject: "
                        + mail.getSubject() + "\n\n" + mail.getBody());
            } else {
                send(mail);
            }
            store.markSent(mail.getId(), Instant.now(clock));
        } catch (MessagingException | RuntimeException e) {
            // The message of an SMTP refusal often quotes the recipient's address: it goes to the
            // outbox row (last_error), and the log gets the id and the kind of failure only.
            LOG.log(
                    Level.WARNING,
                    () -> "Mail " + mail.getId() + " not delivered ("
                            + e.getClass().getSimpleName() + "); retried later, details in outbox_mail.last_error");
            store.markFailed(mail.getId(), e.toString(), Instant.now(clock), maxAttempts);
        }
    }

    private void send(OutboxMail mail) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.getRecipient()));
        message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
        if (mail.getHtmlBody() == null) {
            message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
        } else {
            // Plain text first: a client shows the last part it can display, so HTML where it can.
            var text = new MimeBodyPart();
            text.setText(mail.getBody(), StandardCharsets.UTF_8.name(), "plain");
            var html = new MimeBodyPart();
            html.setText(mail.getHtmlBody(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        message.setHeader("X-Trustmark-Mail-Id", String.valueOf(mail.getId()));
        Transport.send(message);
    }

    private Session smtpSession(String host) {
        var props = new Properties();
        props.put("mail.smtp.host", host);
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.starttls.required", String.valueOf(startTls));
        if (smtpUser.isPresent()) {
            props.put("mail.smtp.auth", "true");
            return Session.getInstance(props, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(smtpUser.get(), smtpPassword.orElse(""));
                }
            });
        }
        return Session.getInstance(props);
    }
}

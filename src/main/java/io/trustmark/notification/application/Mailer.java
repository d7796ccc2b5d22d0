package io.trustmark.notification.application;

import io.trustmark.notification.domain.MailContent;
import io.trustmark.notification.domain.OutboxMail;
import io.trustmark.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Queues a mail in the caller's transaction, in the recipient's language. Subject and opening text
 * come from the resource bundles ({@code mail.<kind>.subject}, {@code mail.<kind>.body}); callers may
 * add blocks ({@link #compose}) before it is queued. The text is rendered now, as plain text and as
 * HTML, so that the sender only delivers.
 */
@ApplicationScoped
public class Mailer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    @Inject
    Clock clock;

    /** A mail of {@code kind} with its subject and body; more can be added before {@link #queue(String, MailContent.Builder)}. */
    public MailContent.Builder compose(Locale locale, String kind, Object... args) {
        return MailContent.builder(locale, Texts.text(locale, "mail." + kind + ".subject", args))
                .paragraphs(Texts.text(locale, "mail." + kind + ".body", args));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, Locale locale, String kind, Object... args) {
        queue(recipient, compose(locale, kind, args));
    }

    /** Signs the mail and writes it to the outbox. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, MailContent.Builder mail) {
        var content =
                mail.paragraphs(Texts.text(mail.locale(), "mail.signature")).build();
        em.persist(new OutboxMail(recipient, content, Instant.now(clock)));
        queued.fire(new MailQueued());
    }

    /** Tells the sender, after commit, that there is something to send. */
    public record MailQueued() {}
}

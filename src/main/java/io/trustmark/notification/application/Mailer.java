package io.trustmark.notification.application;

import io.trustmark.notification.domain.OutboxMail;
import io.trustmark.platform.web.Texts;
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
 * Queues a mail in the caller's transaction. Subject and body come from the resource bundles
 * ({@code mail.<kind>.subject}, {@code mail.<kind>.body}); the text is rendered now so that the sender
 * only delivers.
 */
@ApplicationScoped
public class Mailer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MailQueued> queued;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, Locale locale, String kind, Object... args) {
        var subject = Texts.text(locale, "mail." + kind + ".subject", args);
        var body = Texts.text(locale, "mail." + kind + ".body", args);
        em.persist(new OutboxMail(recipient, subject, body, Instant.now(clock)));
        queued.fire(new MailQueued());
    }

    /** Tells the sender, after commit, that there is something to send. */
    public record MailQueued() {
    }
}

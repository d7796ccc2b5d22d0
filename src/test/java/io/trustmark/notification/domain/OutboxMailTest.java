package io.trustmark.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void failuresBackOffAndFinallyGiveUp() throws Exception {
        var mail = new OutboxMail(
                "a@example.test",
                MailContent.builder(Locale.ENGLISH, "s").paragraphs("b").build(),
                NOW);
        mail.markFailed("connection refused", NOW, 3);
        assertEquals(NOW.plusSeconds(60), nextAttempt(mail));
        mail.markFailed("connection refused", NOW, 3);
        assertEquals(NOW.plusSeconds(120), nextAttempt(mail));
        assertNull(mail.getFailedAt());
        mail.markFailed("connection refused", NOW, 3);
        assertNotNull(mail.getFailedAt(), "given up after the last attempt");
        assertEquals(3, mail.getAttempts());
        assertEquals("connection refused", mail.getLastError());
    }

    @Test
    void sendingRecordsTheTime() {
        var mail = new OutboxMail(
                "a@example.test",
                MailContent.builder(Locale.ENGLISH, "s").paragraphs("b").build(),
                NOW);
        mail.markSent(NOW.plusSeconds(1));
        assertEquals(NOW.plusSeconds(1), mail.getSentAt());
    }

    private static Instant nextAttempt(OutboxMail mail) throws ReflectiveOperationException {
        var field = OutboxMail.class.getDeclaredField("nextAttemptAt");
        field.setAccessible(true);
        return (Instant) field.get(mail);
    }
}

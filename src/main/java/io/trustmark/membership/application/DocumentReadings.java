package io.trustmark.membership.application;

import io.trustmark.document.application.DocumentDrafts;
import io.trustmark.document.application.DocumentReader;
import io.trustmark.document.application.DraftStored;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.PageText;
import io.trustmark.membership.domain.reading.CardReader;
import io.trustmark.membership.domain.reading.CardReading;
import io.trustmark.membership.domain.reading.DocumentReading;
import io.trustmark.membership.domain.reading.PassbookReader;
import io.trustmark.membership.domain.reading.PassportReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads each ID card, passport page and passbook a member uploads, after it is stored, on a reading worker: the
 * fields for the wizard's prefill and the automatic checks, and on a card the religion field, blanked in the stored
 * image (the masked copy replaces the upload, sealed again) before the request can be sent.
 */
@ApplicationScoped
public class DocumentReadings {

    private static final Logger LOG = Logger.getLogger(DocumentReadings.class.getName());
    private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    @Inject
    DocumentReader reader;

    @Inject
    DocumentDrafts drafts;

    @Inject
    ReadingStore store;

    @Inject
    Clock clock;

    public boolean available() {
        return reader.available();
    }

    /** A draft was stored and committed: read it, if it is a kind that is read and reading runs here. */
    void onDraftStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) DraftStored stored) {
        if (!reader.available() || stored.kind() == DocumentKind.FACE) {
            return;
        }
        try {
            if (store.pending(stored.ownerId(), stored.documentId(), stored.kind())
                    && !reader.submit(() -> read(stored))) {
                store.end(stored.documentId(), DocumentReading.Status.FAILED, null);
            }
        } catch (RuntimeException e) {
            // Reading is an aid: the upload stands, the member types by hand.
            LOG.log(Level.WARNING, "Could not start reading document " + stored.documentId(), e);
        }
    }

    /** On a reading worker. */
    void read(DraftStored stored) {
        var id = stored.documentId();
        try {
            var image = drafts.openForReading(stored.ownerId(), id).orElse(null);
            if (image == null) {
                return;
            }
            long started = System.nanoTime();
            switch (stored.kind()) {
                case ID_CARD_FRONT -> {
                    record Card(PageText page, CardReading read) {}
                    var card = reader.read(
                            image.jpeg(),
                            DocumentReader.Pass.PAGE,
                            (page, lines) -> new Card(page, CardReader.read(page, lines)));
                    var religion = mask(stored, image.sha256(), card.page(), card.read());
                    long millis = millis(started);
                    if (millis > reader.timeoutMillis()) {
                        store.end(id, DocumentReading.Status.TIMED_OUT, millis);
                    } else {
                        store.card(id, card.read(), religion, millis);
                    }
                }
                case PASSPORT_PAGE -> {
                    var today = LocalDate.now(clock.withZone(THAILAND));
                    var zone = reader.read(
                            image.jpeg(), DocumentReader.Pass.MRZ, (page, lines) -> PassportReader.read(page, today));
                    finish(id, started, () -> store.passport(id, zone.orElse(null), millis(started)));
                }
                case PASSBOOK -> {
                    var read = reader.read(
                            image.jpeg(), DocumentReader.Pass.THAI_PAGE, (page, lines) -> PassbookReader.read(page));
                    finish(id, started, () -> store.passbook(id, read, millis(started)));
                }
                default -> store.end(id, DocumentReading.Status.FAILED, null);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reading document " + id + " failed", e);
            store.end(id, DocumentReading.Status.FAILED, null);
        }
    }

    /**
     * Blanks the card's religion field in the stored draft when it was located: even a page that took too long is
     * masked, because masking protects the member whatever the reading is worth.
     */
    private DocumentReading.Religion mask(DraftStored stored, String sha256, PageText page, CardReading read) {
        var field = read.religion();
        if (field.box() == null) {
            return DocumentReading.Religion.NOT_FOUND;
        }
        var box = field.box().unscaled(page.scale());
        if (!drafts.mask(stored.ownerId(), stored.documentId(), sha256, List.of(box))) {
            return DocumentReading.Religion.NOT_FOUND;
        }
        return field.located() == CardReading.Located.WORDS
                ? DocumentReading.Religion.MASKED_WORDS
                : DocumentReading.Religion.MASKED_LAYOUT;
    }

    private void finish(Long id, long started, Runnable store) {
        if (millis(started) > reader.timeoutMillis()) {
            this.store.end(id, DocumentReading.Status.TIMED_OUT, millis(started));
        } else {
            store.run();
        }
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /**
     * The readings of the member's drafts that are still under way (not yet past the timeout): the request waits
     * for them, so that no card is sent before its religion field was blanked.
     */
    public boolean stillReading(List<Long> draftIds) {
        var now = clock.instant();
        return store.of(draftIds).stream()
                .anyMatch(r -> r.pending()
                        && r.getStartedAt()
                                .plusMillis(reader.timeoutMillis() * 3)
                                .isAfter(now));
    }

    public List<DocumentReading> of(List<Long> documentIds) {
        return store.of(documentIds);
    }
}

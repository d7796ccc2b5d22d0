package io.trustmark.membership.application;

import io.trustmark.document.domain.DocumentKind;
import io.trustmark.identity.domain.MrzTd3;
import io.trustmark.membership.domain.reading.CardReading;
import io.trustmark.membership.domain.reading.DocumentReading;
import io.trustmark.membership.domain.reading.PassbookReading;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The readings' rows, each change in its own short transaction (the reading itself runs outside any). */
@ApplicationScoped
public class ReadingStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Notes that {@code documentId} waits for a reading; false when the draft is already gone. */
    @Transactional
    public boolean pending(Long ownerId, Long documentId, DocumentKind kind) {
        if (em.find(io.trustmark.document.domain.StoredDocument.class, documentId) == null) {
            return false;
        }
        em.persist(new DocumentReading(documentId, ownerId, kind, Instant.now(clock)));
        return true;
    }

    @Transactional
    public void card(Long documentId, CardReading read, DocumentReading.Religion religion, long millis) {
        find(documentId).ifPresent(r -> r.card(read, religion, millis));
    }

    @Transactional
    public void passport(Long documentId, MrzTd3 zone, long millis) {
        find(documentId).ifPresent(r -> r.passport(zone, millis));
    }

    @Transactional
    public void passbook(Long documentId, PassbookReading read, long millis) {
        find(documentId).ifPresent(r -> r.passbook(read, millis));
    }

    @Transactional
    public void end(Long documentId, DocumentReading.Status status, Long millis) {
        find(documentId).ifPresent(r -> r.end(status, millis));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DocumentReading> find(Long documentId) {
        return Optional.ofNullable(em.find(DocumentReading.class, documentId));
    }

    /** The readings of {@code documentIds}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DocumentReading> of(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r from DocumentReading r where r.documentId in :ids", DocumentReading.class)
                .setParameter("ids", documentIds)
                .getResultList();
    }
}

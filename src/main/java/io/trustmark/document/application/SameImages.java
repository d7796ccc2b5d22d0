package io.trustmark.document.application;

import io.trustmark.document.domain.PhotoAnalysis;
import io.trustmark.document.domain.StoredDocument;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which documents other accounts sent that show the same picture as a request's: the same file, or the same
 * picture re-saved, resized or recompressed. Only the facts; what they mean for a request (a check a
 * reviewer looks at) is membership's to say, so the document store knows nothing about requests' checks.
 */
@ApplicationScoped
public class SameImages {

    /** The band index (see V3) finds every pair up to this distance, so the setting cannot go beyond it. */
    static final int MAX_INDEXED_DISTANCE = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "trustmark.document.reuse.max-distance", defaultValue = "3")
    int maxDistance;

    @PostConstruct
    void checkSetting() {
        if (maxDistance < 0 || maxDistance > MAX_INDEXED_DISTANCE) {
            throw new IllegalStateException("trustmark.document.reuse.max-distance must be 0 to " + MAX_INDEXED_DISTANCE
                    + ", is " + maxDistance);
        }
    }

    /**
     * Another account's submitted document showing the same picture as {@code documentId}: byte for byte
     * ({@code identical}) or {@code distance} bits of the perceptual hash apart.
     */
    public record SameImage(
            Long documentId,
            Long otherDocumentId,
            Long otherRequestId,
            Long otherOwnerId,
            boolean identical,
            int distance) {}

    /** Every other account's submitted document that shows the same picture as one of the request's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SameImage> sentByOthers(Long requestId) {
        var matches = new ArrayList<SameImage>();
        var documents = em.createQuery(
                        "select d from StoredDocument d where d.requestId = :r order by d.id", StoredDocument.class)
                .setParameter("r", requestId)
                .getResultList();
        for (var document : documents) {
            Map<Long, StoredDocument> candidates = new LinkedHashMap<>();
            // One query per indexed column: an OR across columns would defeat the indexes on H2.
            candidates(document, "sha256", document.getSha256()).forEach(c -> candidates.put(c.getId(), c));
            if (document.getPhash() != null) {
                for (int band = 0; band < 4; band++) {
                    candidates(document, "phashBand" + band, StoredDocument.band(document.getPhash(), band))
                            .forEach(c -> candidates.putIfAbsent(c.getId(), c));
                }
            }
            for (var other : candidates.values()) {
                boolean identical = other.getSha256().equals(document.getSha256());
                int distance = other.getPhash() == null || document.getPhash() == null
                        ? (identical ? 0 : Integer.MAX_VALUE)
                        : PhotoAnalysis.distance(other.getPhash(), document.getPhash());
                if (identical || distance <= maxDistance) {
                    matches.add(new SameImage(
                            document.getId(),
                            other.getId(),
                            other.getRequestId(),
                            other.getOwnerId(),
                            identical,
                            distance));
                }
            }
        }
        return matches;
    }

    private List<StoredDocument> candidates(StoredDocument document, String field, Object value) {
        return em.createQuery(
                        "select o from StoredDocument o where o." + field + " = :v and o.ownerId <> :owner"
                                + " and o.requestId is not null order by o.id",
                        StoredDocument.class)
                .setParameter("v", value)
                .setParameter("owner", document.getOwnerId())
                .setMaxResults(50)
                .getResultList();
    }
}

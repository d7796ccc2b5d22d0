package io.trustmark.document.application;

import io.trustmark.account.domain.Account;
import io.trustmark.document.domain.PhotoAnalysis;
import io.trustmark.document.domain.StoredDocument;
import io.trustmark.membership.application.RequestSubmitted;
import io.trustmark.membership.domain.CheckCode;
import io.trustmark.membership.domain.CheckOutcome;
import io.trustmark.membership.domain.CheckReason;
import io.trustmark.membership.domain.CheckResult;
import io.trustmark.membership.domain.RequestCheck;
import io.trustmark.membership.domain.VerificationRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Flags a submitted request whose pictures were already sent by another account (the same file, or the
 * same picture re-saved, resized or recompressed), and whose ID number another account's request carries.
 * One person behind several accounts, or a stolen card photo, shows up this way. The reviewer decides;
 * the flag links the other request.
 */
@ApplicationScoped
public class ReuseDetection {

    /** The band index (see V3) finds every pair up to this distance, so the setting cannot go beyond it. */
    static final int MAX_INDEXED_DISTANCE = 3;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

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

    /** Another account's document showing the same picture as {@code documentId} of the request. */
    public record Match(Long documentId, Long otherDocumentId, Long otherRequestId, String otherUsername,
                        boolean identical, int distance) {
    }

    /** Runs in the submitting transaction, so the request is never seen without these checks. */
    void onSubmitted(@Observes RequestSubmitted submitted) {
        var now = Instant.now(clock);
        em.persist(new RequestCheck(submitted.requestId(), imageReuse(matches(submitted.requestId())), now));
        em.persist(new RequestCheck(submitted.requestId(), duplicateId(submitted.requestId()), now));
    }

    /** Every other account's submitted document that shows the same picture as one of the request's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Match> matches(Long requestId) {
        var matches = new ArrayList<Match>();
        var documents = em.createQuery("select d from StoredDocument d where d.requestId = :r order by d.id", StoredDocument.class)
                .setParameter("r", requestId).getResultList();
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
                        ? (identical ? 0 : Integer.MAX_VALUE) : PhotoAnalysis.distance(other.getPhash(), document.getPhash());
                if (identical || distance <= maxDistance) {
                    matches.add(new Match(document.getId(), other.getId(), other.getRequestId(), username(other.getOwnerId()),
                            identical, distance));
                }
            }
        }
        return matches;
    }

    private List<StoredDocument> candidates(StoredDocument document, String field, Object value) {
        return em.createQuery("select o from StoredDocument o where o." + field + " = :v and o.ownerId <> :owner"
                        + " and o.requestId is not null order by o.id", StoredDocument.class)
                .setParameter("v", value)
                .setParameter("owner", document.getOwnerId())
                .setMaxResults(50)
                .getResultList();
    }

    private CheckResult imageReuse(List<Match> matches) {
        if (matches.isEmpty()) {
            return CheckResult.of(CheckCode.IMAGE_REUSE, CheckOutcome.PASS, CheckReason.of("check.imageReuse.none"));
        }
        var reasons = matches.stream()
                .map(m -> m.identical()
                        ? CheckReason.of("check.imageReuse.identical", m.otherRequestId(), m.otherUsername())
                        : CheckReason.of("check.imageReuse.near", m.otherRequestId(), m.otherUsername(), m.distance()))
                .distinct()
                .toList();
        return new CheckResult(CheckCode.IMAGE_REUSE, CheckOutcome.NEEDS_REVIEW, reasons);
    }

    private CheckResult duplicateId(Long requestId) {
        var request = em.find(VerificationRequest.class, requestId);
        var others = em.createQuery("""
                        select r from VerificationRequest r
                        where r.typedNumber = :n and r.account.id <> :a order by r.id""", VerificationRequest.class)
                .setParameter("n", request.getTypedNumber())
                .setParameter("a", request.getAccount().getId())
                .setMaxResults(20)
                .getResultList();
        if (others.isEmpty()) {
            return CheckResult.of(CheckCode.DUPLICATE_ID, CheckOutcome.PASS, CheckReason.of("check.duplicateId.none"));
        }
        return new CheckResult(CheckCode.DUPLICATE_ID, CheckOutcome.NEEDS_REVIEW, others.stream()
                .map(r -> CheckReason.of("check.duplicateId.found", r.getId(), r.getAccount().getUsername()))
                .toList());
    }

    private String username(Long accountId) {
        var account = em.find(Account.class, accountId);
        return account == null ? "?" : account.getUsername();
    }
}

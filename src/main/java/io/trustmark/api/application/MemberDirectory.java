package io.trustmark.api.application;

import io.trustmark.account.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Looks members up for the REST API. Only members who confirmed their e-mail address are found: they
 * are the ones who can post, so the forum itself shows them; an unconfirmed sign-up is as unknown to
 * the API as a name nobody took. So is an erased account (PDPA s.33): its tombstone ({@code ~<id>}) keeps the
 * tier for the forum's own records, but the API must not tell that an account was there, nor what it was.
 * Read on every call (no cache here), so a tier change or revocation is visible at once; callers cache for as
 * long as the API's Cache-Control allows.
 */
@ApplicationScoped
public class MemberDirectory {

    /**
     * Longer names cannot exist (account.username is VARCHAR(30)), nor names with control characters; they are not
     * worth a query, and PostgreSQL would refuse a NUL in a parameter with an error instead of finding nobody.
     */
    private static final int MAX_USERNAME = 30;

    @PersistenceContext
    EntityManager em;

    /** The members found among {@code usernames} (already normalised), keyed by username. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, PublicMember> find(Collection<String> usernames) {
        var candidates = usernames.stream()
                .filter(u ->
                        !u.isEmpty() && u.length() <= MAX_USERNAME && u.chars().noneMatch(Character::isISOControl))
                .toList();
        if (candidates.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select new io.trustmark.api.application.PublicMember(a.username, a.tier, a.idVerifiedAt)
                        from Account a where a.username in :names and a.emailConfirmedAt is not null
                        and a.erasedAt is null""", PublicMember.class)
                .setParameter("names", candidates)
                .getResultStream()
                .collect(
                        Collectors.toMap(PublicMember::username, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** The form usernames are stored in, so that "Malee" finds malee. */
    public static String normalize(String username) {
        var normalized = Account.normalizeUsername(username);
        return normalized == null ? "" : normalized;
    }
}

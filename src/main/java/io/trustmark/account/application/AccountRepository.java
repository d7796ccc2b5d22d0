package io.trustmark.account.application;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.EmailConfirmation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    IdNumberProtection protection;

    public Account get(Long id) {
        return em.find(Account.class, id);
    }

    public void add(Account account) {
        em.persist(account);
    }

    /** Writes pending changes now, so a unique-constraint violation surfaces where the caller can answer it. */
    public void flush() {
        em.flush();
    }

    public Optional<Account> byUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", Account.normalizeUsername(username))
                .getResultStream()
                .findFirst();
    }

    public Optional<Account> byEmail(String email) {
        return em.createQuery("select a from Account a where a.email = :e", Account.class)
                .setParameter("e", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    public void changeLanguage(String username, Locale language) {
        em.createQuery("update Account a set a.language = :l where a.username = :u")
                .setParameter("l", language.getLanguage())
                .setParameter("u", Account.normalizeUsername(username))
                .executeUpdate();
    }

    public boolean usernameTaken(String username) {
        return byUsername(username).isPresent();
    }

    /** By the number's fingerprints (the number itself is sealed and cannot be compared in a query). */
    public Optional<Account> byIdentity(String nationality, String idNumber) {
        return em.createQuery(
                        "select a from Account a where a.nationality = :n and a.idNumberIndex in :i", Account.class)
                .setParameter("n", nationality)
                .setParameter("i", protection.fingerprints(idNumber))
                .getResultStream()
                .findFirst();
    }

    public void add(EmailConfirmation confirmation) {
        em.persist(confirmation);
    }

    public Optional<EmailConfirmation> confirmationByTokenHash(String tokenHash) {
        return em.createQuery("select c from EmailConfirmation c where c.tokenHash = :h", EmailConfirmation.class)
                .setParameter("h", tokenHash)
                .getResultStream()
                .findFirst();
    }
}

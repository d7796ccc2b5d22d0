package io.trustmark.account.application;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Marks;
import io.trustmark.account.domain.Role;
import io.trustmark.account.domain.Tier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is looking at the page. Read from the database once per request, so a tier change or revocation
 * shows on the very next page without any session state to refresh.
 */
@Named
@RequestScoped
public class CurrentMember {

    @Inject
    SecurityContext security;

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "trustmark.demo", defaultValue = "false")
    boolean demo;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            var principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty() : accounts.byUsername(principal.getName());
        }
        return account;
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getUsername() {
        return account().map(Account::getUsername).orElse(null);
    }

    public Tier getTier() {
        return account().map(Account::getTier).orElse(null);
    }

    public Marks getMarks() {
        return account().map(Account::marks).orElse(Marks.NONE);
    }

    public boolean isIdVerified() {
        return account().map(Account::isIdVerified).orElse(false);
    }

    /** Thai members verify with the Thai ID card; others with their passport (and cannot be Citizens). */
    public boolean isThai() {
        return account().map(Account::isThai).orElse(true);
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_GROUP);
    }

    public boolean isEmailConfirmed() {
        return account().map(Account::mayPost).orElse(false);
    }

    public boolean isDemo() {
        return demo;
    }
}

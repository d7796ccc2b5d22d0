package io.trustmark.account.infrastructure;

import io.trustmark.account.application.AccountRepository;
import io.trustmark.account.application.LoginGuard;
import io.trustmark.account.domain.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Checks a username (or e-mail address) and password against the accounts table. Every attempt goes
 * through the {@link LoginGuard}, whatever page or mechanism it came from.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwords;

    @Inject
    LoginGuard guard;

    @Inject
    HttpServletRequest request;

    @Inject
    DeviceCookie deviceCookie;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        var login = credential.getCaller();
        var address = request.getRemoteAddr();
        var device = deviceCookie.token(request);
        if (!guard.waitFor(login, address, device).isZero()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        // An erased account is a tombstone: it signs nobody in, and its marker "hash" is never given to the hasher.
        Optional<Account> account =
                (login.contains("@") ? accounts.byEmail(login) : accounts.byUsername(login)).filter(a -> !a.isErased());
        var storedHash = account.map(Account::getPasswordHash).orElse(null);
        if (!passwords.matches(credential.getPasswordAsString(), storedHash) || account.isEmpty()) {
            guard.failed(login, address, device);
            return CredentialValidationResult.INVALID_RESULT;
        }
        guard.succeeded(login, address, device);
        var found = account.get();
        return new CredentialValidationResult(
                found.getUsername(), found.getRole().groups());
    }
}

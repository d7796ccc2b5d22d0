package io.trustmark.account.application;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Role;
import io.trustmark.platform.persistence.DatabaseMigration.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first administrator of a production installation from configuration
 * ({@code TRUSTMARK_ADMIN_USERNAME}, {@code _EMAIL}, {@code _PASSWORD}, {@code _ID_NUMBER}), once:
 * an existing account of that name is left alone.
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

    @Inject
    @ConfigProperty(name = "trustmark.admin.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "trustmark.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "trustmark.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "trustmark.admin.id-number")
    Optional<String> idNumber;

    @Inject
    AccountRepository accounts;

    @Inject
    AccountService service;

    @Transactional
    void bootstrap(@Observes SchemaReady ready) {
        if (username.isEmpty() || accounts.usernameTaken(username.get())) {
            return;
        }
        if (email.isEmpty() || password.isEmpty() || idNumber.isEmpty()) {
            LOG.severe(
                    "trustmark.admin.username is set but e-mail, password or id-number is missing: no admin created");
            return;
        }
        service.createConfirmed(username.get(), email.get(), password.get(), Account.THAI, idNumber.get(), Role.ADMIN);
        LOG.info("Created administrator account from configuration");
    }
}

package io.trustmark.account.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A sign-up that loses a race gets the answer it would have got a moment later, named by the constraint. */
class DuplicateSignUpTest {

    @Test
    void theConstraintNamesTheField() {
        assertEquals(
                "signup.username.taken",
                AccountService.duplicateKey(
                        refused("duplicate key value violates unique constraint \"uq_account_username\"")));
        assertEquals(
                "signup.email.taken",
                AccountService.duplicateKey(
                        refused("Unique index or primary key violation: \"PUBLIC.UQ_ACCOUNT_EMAIL ...\"")));
        assertEquals(
                "signup.idNumber.taken",
                AccountService.duplicateKey(
                        refused("duplicate key value violates unique constraint \"uq_account_identity\"")));
    }

    private static PersistenceException refused(String databaseMessage) {
        return new PersistenceException("Exception [EclipseLink-4002]", new SQLException(databaseMessage));
    }
}

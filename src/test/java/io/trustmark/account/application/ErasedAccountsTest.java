package io.trustmark.account.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ErasedAccountsTest {

    private static final List<String> LOGINS = List.of("somchai", "s@example.test");

    @Test
    void theSignInCountersOfTheErasedLoginsGoWhoeverTypedThem() {
        assertTrue(ErasedAccounts.namesLogin("account:somchai", LOGINS));
        assertTrue(ErasedAccounts.namesLogin("account:somchai@203.0.113.5", LOGINS));
        assertTrue(ErasedAccounts.namesLogin("account:s@example.test@203.0.113.5", LOGINS));
        assertTrue(ErasedAccounts.namesLogin("device:abc123:somchai", LOGINS));
        assertTrue(ErasedAccounts.namesLogin("account:SomChai", LOGINS));
    }

    @Test
    void otherMembersCountersAndAddressCountersStay() {
        assertFalse(ErasedAccounts.namesLogin("account:somchai2", LOGINS));
        assertFalse(ErasedAccounts.namesLogin("account:somchai2@203.0.113.5", LOGINS));
        assertFalse(ErasedAccounts.namesLogin("device:abc123:xsomchai", LOGINS));
        assertFalse(ErasedAccounts.namesLogin("address:203.0.113.5", LOGINS));
        assertFalse(ErasedAccounts.namesLogin("admin:admin@203.0.113.5", LOGINS));
    }
}

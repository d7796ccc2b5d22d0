package io.trustmark.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Role;
import io.trustmark.document.domain.DocumentKind;
import io.trustmark.identity.domain.PrintedDate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a member types from the card or passport, as the wizard's fields and the submission both judge it. */
class TypedIdentityTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-21");

    private final Account thai =
            new Account("somchai", "somchai@example.test", "hash", Account.THAI, "3100600445635", Role.MEMBER, NOW);
    private final Account foreign =
            new Account("john", "john@example.test", "hash", "GBR", "123456789", Role.MEMBER, NOW);

    @Test
    void theNumberMustBeTheRegisteredOne() {
        assertEquals(Optional.empty(), TypedIdentity.numberRefusal(thai, "3-1006-00445-63-5"));
        assertEquals(key("verify.number.mismatch"), TypedIdentity.numberRefusal(thai, "1101700000028"));
        assertEquals(Optional.empty(), TypedIdentity.numberRefusal(foreign, "123456789"));
        assertEquals(key("verify.passport.mismatch"), TypedIdentity.numberRefusal(foreign, "987654321"));
    }

    @Test
    void aMalformedNumberIsRefusedForItsReason() {
        assertEquals(key("identity.number.badChecksum"), TypedIdentity.numberRefusal(thai, "3100600445636"));
        assertEquals(key("identity.number.empty"), TypedIdentity.numberRefusal(foreign, null));
        assertEquals(key("identity.number.empty"), TypedIdentity.passportNumberRefusal(null));
        assertEquals(Optional.empty(), TypedIdentity.passportNumberRefusal("AA1234567"));
    }

    @Test
    void aDocumentExpiredBeforeTodayIsRefused() {
        assertEquals(Optional.empty(), TypedIdentity.expiryRefusal(TODAY, TODAY));
        assertEquals(key("verify.expiry.expired"), TypedIdentity.expiryRefusal(TODAY.minusDays(1), TODAY));
        assertEquals(key("verify.expiry.required"), TypedIdentity.expiryRefusal(null, TODAY));
    }

    @Test
    void anExpiryTypedAsPrintedInTheBuddhistEraIsRefusedWhenPast() {
        var printed = PrintedDate.parse("2565-01-01").orElseThrow();
        assertEquals(key("verify.expiry.expired"), TypedIdentity.expiryRefusal(printed, TODAY));
        assertEquals(
                Optional.empty(),
                TypedIdentity.expiryRefusal(PrintedDate.parse("14 ส.ค. 2574").orElseThrow(), TODAY));
    }

    @Test
    void anExpiryLaterThanAnyDocumentIsValidIsRefused() {
        assertEquals(Optional.empty(), TypedIdentity.expiryRefusal(TODAY.plusYears(11), TODAY));
        assertEquals(
                Optional.of(new TypedIdentity.Refusal("verify.expiry.tooFar", List.of(11))),
                TypedIdentity.expiryRefusal(TODAY.plusYears(11).plusDays(1), TODAY));
        // 2575 typed with the date picker's CE reading was accepted; read as BE it is 2032, a real expiry.
        assertEquals(
                Optional.of(new TypedIdentity.Refusal("verify.expiry.tooFar", List.of(11))),
                TypedIdentity.expiryRefusal(LocalDate.of(2575, 1, 1), TODAY));
        assertEquals(
                Optional.empty(),
                TypedIdentity.expiryRefusal(PrintedDate.parse("2575-01-01").orElseThrow(), TODAY));
    }

    @Test
    void theRecordedNumberIsTheDocumentsOwn() {
        assertEquals(
                "3100600445635",
                TypedIdentity.documentNumber(thai, DocumentKind.ID_CARD_FRONT, "3 1006 00445 63 5", null));
        assertEquals(
                "AA1234567",
                TypedIdentity.documentNumber(thai, DocumentKind.PASSPORT_PAGE, "3100600445635", "aa 1234567"));
        assertEquals("123456789", TypedIdentity.documentNumber(foreign, DocumentKind.PASSPORT_PAGE, "123456789", null));
    }

    private static Optional<TypedIdentity.Refusal> key(String messageKey) {
        return Optional.of(new TypedIdentity.Refusal(messageKey, List.of()));
    }
}

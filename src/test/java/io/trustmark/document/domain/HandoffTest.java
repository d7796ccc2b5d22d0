package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.document.domain.HandoffRefusedException.Reason;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The rules of "continue on another device": what is stored, how long a link works, and who may use it. */
class HandoffTest {

    private static final Instant T0 = Instant.parse("2026-11-20T03:00:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final List<DocumentKind> CITIZEN = List.of(DocumentKind.ID_CARD_FRONT);
    private static final List<DocumentKind> TRUSTED =
            List.of(DocumentKind.ID_CARD_FRONT, DocumentKind.FACE, DocumentKind.PASSBOOK);

    // ---- the token -------------------------------------------------------------------------------

    @Test
    void tokensCarryAtLeast128RandomBitsAndAreUrlSafe() {
        var seen = new HashSet<String>();
        for (int i = 0; i < 1000; i++) {
            var token = HandoffToken.generate();
            assertTrue(HandoffToken.wellFormed(token), token);
            assertTrue(Base64.getUrlDecoder().decode(token).length * 8 >= 128, token);
            assertTrue(seen.add(token), "no token twice");
        }
    }

    @Test
    void onlyTheHashOfTheTokenIsStored() throws Exception {
        var issued = Handoff.issue(7L, TRUSTED, "th", T0, TEN_MINUTES);
        var token = issued.token();
        assertEquals(HandoffToken.hash(token), issued.handoff().getTokenHash());
        assertEquals(64, issued.handoff().getTokenHash().length());
        // No persistent field holds the token itself, or any text containing it.
        for (var field : Handoff.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            var value = Objects.toString(field.get(issued.handoff()), "");
            assertFalse(value.contains(token), field.getName() + " holds the token");
        }
        assertTrue(issued.handoff().matches(token));
        assertFalse(issued.handoff().matches(HandoffToken.generate()));
        assertFalse(issued.handoff().matches(null));
    }

    @Test
    void malformedTokensAreNotLookedUp() {
        assertFalse(HandoffToken.wellFormed(null));
        assertFalse(HandoffToken.wellFormed(""));
        assertFalse(HandoffToken.wellFormed(HandoffToken.generate().substring(1)));
        assertFalse(HandoffToken.wellFormed(HandoffToken.generate().substring(1) + "="));
        assertFalse(HandoffToken.wellFormed("x".repeat(100_000)));
    }

    // ---- expiry ----------------------------------------------------------------------------------

    @Test
    void aLinkWorksUntilItExpires() {
        var handoff = Handoff.issue(7L, CITIZEN, "en", T0, TEN_MINUTES).handoff();
        assertEquals(T0.plus(TEN_MINUTES), handoff.getExpiresAt());
        assertTrue(handoff.isLive(T0.plus(TEN_MINUTES).minusMillis(1)));
        assertFalse(handoff.isLive(T0.plus(TEN_MINUTES)));
        assertRefused(Reason.EXPIRED, () -> handoff.open("phone", T0.plus(TEN_MINUTES)));
    }

    @Test
    void anOpenedLinkTakesPhotosUntilItExpiresAndNotAfter() {
        var handoff = Handoff.issue(7L, CITIZEN, "en", T0, TEN_MINUTES).handoff();
        handoff.open("phone", T0.plusSeconds(5));
        assertDoesNotThrow(
                () -> handoff.checkUpload("phone", DocumentKind.ID_CARD_FRONT, T0.plus(Duration.ofMinutes(9))));
        assertRefused(
                Reason.EXPIRED, () -> handoff.checkUpload("phone", DocumentKind.ID_CARD_FRONT, T0.plus(TEN_MINUTES)));
        assertRefused(Reason.EXPIRED, () -> handoff.open("phone", T0.plus(Duration.ofMinutes(11))));
    }

    @Test
    void aLinkNeedsAPositiveLifetimeAndAPhoto() {
        assertThrows(IllegalArgumentException.class, () -> Handoff.issue(7L, CITIZEN, "en", T0, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Handoff.issue(7L, List.of(), "en", T0, TEN_MINUTES));
    }

    // ---- opened once -----------------------------------------------------------------------------

    @Test
    void theFirstDeviceOpensTheLinkAndMayComeBack() {
        var handoff = Handoff.issue(7L, TRUSTED, "th", T0, TEN_MINUTES).handoff();
        assertFalse(handoff.isOpened());
        assertTrue(handoff.open("phone", T0.plusSeconds(10)), "first opening");
        assertTrue(handoff.isOpened());
        assertEquals(T0.plusSeconds(10), handoff.getOpenedAt());
        assertFalse(handoff.open("phone", T0.plusSeconds(20)), "a reload from the same phone is not a new opening");
        assertEquals(T0.plusSeconds(10), handoff.getOpenedAt());
    }

    @Test
    void aSecondDeviceIsRefused() {
        var handoff = Handoff.issue(7L, TRUSTED, "th", T0, TEN_MINUTES).handoff();
        handoff.open("phone", T0.plusSeconds(10));
        assertRefused(Reason.OTHER_DEVICE, () -> handoff.open("someone-else", T0.plusSeconds(11)));
        assertRefused(Reason.OTHER_DEVICE, () -> handoff.open(null, T0.plusSeconds(11)));
        assertRefused(
                Reason.OTHER_DEVICE, () -> handoff.checkUpload("someone-else", DocumentKind.FACE, T0.plusSeconds(12)));
        // The refusal changes nothing: the first phone keeps going.
        assertDoesNotThrow(() -> handoff.checkUpload("phone", DocumentKind.FACE, T0.plusSeconds(13)));
    }

    @Test
    void nothingIsUploadedBeforeTheLinkIsOpened() {
        var handoff = Handoff.issue(7L, CITIZEN, "en", T0, TEN_MINUTES).handoff();
        assertRefused(
                Reason.OTHER_DEVICE, () -> handoff.checkUpload("phone", DocumentKind.ID_CARD_FRONT, T0.plusSeconds(1)));
    }

    @Test
    void theDeviceSecretIsStoredAsAHashOnly() throws Exception {
        var handoff = Handoff.issue(7L, CITIZEN, "en", T0, TEN_MINUTES).handoff();
        var secret = HandoffToken.generate();
        handoff.open(secret, T0.plusSeconds(1));
        var field = Handoff.class.getDeclaredField("deviceHash");
        field.setAccessible(true);
        assertEquals(HandoffToken.hash(secret), field.get(handoff));
        assertNotEquals(secret, field.get(handoff));
    }

    // ---- closed, and only the photos asked for --------------------------------------------------

    @Test
    void aClosedLinkIsRefusedAtOnce() {
        var handoff = Handoff.issue(7L, CITIZEN, "en", T0, TEN_MINUTES).handoff();
        handoff.open("phone", T0.plusSeconds(1));
        handoff.revoke(T0.plusSeconds(30));
        handoff.revoke(T0.plusSeconds(40));
        assertEquals(T0.plusSeconds(30), handoff.getRevokedAt(), "closing twice keeps the first time");
        assertFalse(handoff.isLive(T0.plusSeconds(31)));
        assertRefused(Reason.CLOSED, () -> handoff.open("phone", T0.plusSeconds(31)));
        assertRefused(
                Reason.CLOSED, () -> handoff.checkUpload("phone", DocumentKind.ID_CARD_FRONT, T0.plusSeconds(31)));
    }

    @Test
    void onlyThePhotosTheRequestAsksForAreTaken() {
        var handoff = Handoff.issue(7L, CITIZEN, "en", T0, TEN_MINUTES).handoff();
        assertEquals(CITIZEN, handoff.getKinds());
        handoff.open("phone", T0.plusSeconds(1));
        assertRefused(Reason.NOT_NEEDED, () -> handoff.checkUpload("phone", DocumentKind.PASSBOOK, T0.plusSeconds(2)));
        assertEquals(
                TRUSTED,
                Handoff.issue(7L, TRUSTED, "th", T0, TEN_MINUTES).handoff().getKinds());
    }

    @Test
    void everyRefusalHasItsText() {
        for (var reason : Reason.values()) {
            assertNotNull(reason.messageKey());
            assertTrue(reason.messageKey().startsWith("handoff.refused."), reason.messageKey());
        }
    }

    private static void assertRefused(Reason expected, Executable action) {
        assertEquals(
                expected, assertThrows(HandoffRefusedException.class, action).reason());
    }
}

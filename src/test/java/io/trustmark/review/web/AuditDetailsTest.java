package io.trustmark.review.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.trustmark.platform.domain.Languages;
import io.trustmark.platform.i18n.Texts;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit page's Detail column reads as words in the reader's language, never as stored codes. */
class AuditDetailsTest {

    private static final Map<String, String> THAI_REASONS = Map.of("MISUSE", "ใช้งานในทางที่ผิด");

    private static String read(Locale locale, String action, String detail) {
        return AuditDetails.text(
                action,
                detail,
                (key, args) -> Texts.text(locale, key, args),
                code -> THAI_REASONS.getOrDefault(code, code));
    }

    @Test
    void aTierChangeWithItsReasonInThai() {
        var text = read(Languages.THAI, "TIER_LOWERED", "CITIZEN -> REGISTERED reason=MISUSE");
        assertEquals(
                "จาก" + Texts.text(Languages.THAI, "tier.CITIZEN") + "เป็น"
                        + Texts.text(Languages.THAI, "tier.REGISTERED") + " เหตุผล: ใช้งานในทางที่ผิด",
                text);
        assertFalse(text.matches(".*[A-Z]{3,}.*"), "no codes: " + text);
    }

    @Test
    void aTierChangeInEnglish() {
        assertEquals("From Trusted to Citizen", read(Languages.ENGLISH, "TIER_LOWERED", "TRUSTED -> CITIZEN"));
    }

    @Test
    void requestsDecisionsAndPhoneLinks() {
        assertEquals("Tier: Citizen", read(Languages.ENGLISH, "REQUEST_SUBMITTED", "CITIZEN"));
        assertEquals("Reason: ใช้งานในทางที่ผิด", read(Languages.ENGLISH, "REQUEST_REJECTED", "reason=MISUSE"));
        assertEquals("Fail", read(Languages.ENGLISH, "REQUEST_MRZ_CHECKED", "FAIL"));
        assertEquals(
                "Front of your ID card, Photo of your face",
                read(Languages.ENGLISH, "HANDOFF_CREATED", "ID_CARD_FRONT,FACE"));
        assertEquals(
                "Photo of your face (draft 1077)", read(Languages.ENGLISH, "HANDOFF_UPLOADED", "FACE as draft 1077"));
        assertEquals("Taken over from admin2", read(Languages.ENGLISH, "CLAIM_TAKEN_OVER", "from admin2"));
        assertEquals(
                "Erased 30 days after the decision",
                read(Languages.ENGLISH, "DOCUMENT_PURGED", "30 days after the decision"));
        var thai = read(Languages.THAI, "HANDOFF_REFUSED", "opened by a second device");
        assertFalse(thai.contains("device"), thai);
    }

    @Test
    void anUnknownShapeOrCodeIsShownAsStored() {
        assertEquals("something else", read(Languages.ENGLISH, "TIER_LOWERED", "something else"));
        assertEquals("Tier: GOLD", read(Languages.ENGLISH, "REQUEST_SUBMITTED", "GOLD"));
        assertEquals("", read(Languages.ENGLISH, "STEP_UP", null));
    }
}

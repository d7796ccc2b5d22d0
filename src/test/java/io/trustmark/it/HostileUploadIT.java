package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.trustmark.document.domain.DocumentRefusedException.Reason;
import io.trustmark.document.domain.HostileCorpus;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every file of the generated hostile corpus (over 200) goes through the real upload page of one member:
 * each is refused with the message for one of its expected reasons, none causes a server error, nothing
 * is stored, and the server keeps serving.
 */
class HostileUploadIT extends DeployedApp {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(
            "io.trustmark.i18n.messages",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));

    @Test
    void everyHostileFileIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        var member = TestData.newMember("hostile");
        var browser = PageKit.confirmedMember(base.toURI(), member);
        var wizard = toPhotos(browser, member);
        var items = HostileCorpus.items();
        assertTrue(items.size() >= 200, "corpus of " + items.size());
        var wrong = new ArrayList<String>();
        for (var item : items) {
            var expected = item.refusals().stream().map(HostileUploadIT::text).collect(Collectors.toSet());
            String said;
            try {
                said = uploadAndReadMessage(wizard, item.fileName(), item.contentType(), item.bytes());
            } catch (AssertionError e) {
                said = e.getMessage();
            }
            if (!expected.contains(said)) {
                wrong.add(item + ": said \"" + said + "\", expected one of " + expected);
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + items.size() + " uploads not refused as expected:\n"
                    + String.join("\n", wrong));
        }

        // Nothing was kept: sending now is refused for the missing photo, and nothing reaches the queue.
        var refused = wizard.next(Map.of()).submit();
        assertEquals(200, refused.status(), refused.body());
        assertTrue(
                PageKit.pageMessages(refused)
                        .contains("Please upload every photo first. Missing: Front of your ID card"),
                refused.body());
        var after = browser.get("member/verify");
        assertFalse(after.body().contains("id=\"requestStatus\""), "nothing stored: no request\n" + after.body());
        var admin = PageKit.signedIn(base.toURI(), PageKit.ADMIN, PageKit.ADMIN_PASSWORD);
        assertEquals(0, PageKit.queueRowsFor(admin, member.username()), "nothing stored: no request in the queue");
        assertEquals(200, new WebClient(base.toURI()).get("").status(), "the server still serves");
    }

    /** The wizard of a fresh member, through consent, Citizen and the card's data, at the photos step. */
    private static Wizard toPhotos(WebClient browser, TestData.Member member) {
        var wizard = new Wizard(browser)
                .consent()
                .tier("CITIZEN", "ID_CARD_FRONT")
                .next(Wizard.card(member.idNumber(), "สมชาย", "ใจดี", "Somchai", "Jaidee", "2031-08-14"));
        assertTrue(
                wizard.page().body().contains("id=\"verify:idCard\""),
                "at the photos step\n" + wizard.page().body());
        return wizard;
    }

    /**
     * Sends one file as the member's ID card and returns the message shown beside it. The one place that
     * knows how the upload page is driven (Wizard fails on anything but HTTP 200).
     */
    private static String uploadAndReadMessage(Wizard wizard, String fileName, String contentType, byte[] bytes) {
        return wizard.upload("ID_CARD_FRONT", fileName, contentType, bytes).orElse("(no message)");
    }

    private static String text(Reason reason) {
        Object[] args = switch (reason) {
            case TOO_LARGE -> new Object[] {10L};
            case TOO_SMALL -> new Object[] {600, 380};
            case METADATA_TOO_LARGE -> new Object[] {4096L};
            default -> new Object[0];
        };
        // Written as the application writes it (platform.i18n.Texts: whole numbers without grouping).
        return io.trustmark.platform.i18n.Texts.text(Locale.ENGLISH, reason.messageKey(), args);
    }
}

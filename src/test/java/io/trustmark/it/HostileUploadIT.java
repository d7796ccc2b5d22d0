package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.trustmark.document.domain.DocumentRefusedException.Reason;
import io.trustmark.document.domain.HostileCorpus;
import java.text.MessageFormat;
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

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("io.trustmark.i18n.messages", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));

    @Test
    void everyHostileFileIsRefusedWithAClearMessageAndNothingIsStored() throws Exception {
        var member = TestData.newMember("hostile");
        var browser = PageKit.confirmedMember(base.toURI(), member);
        var page = browser.get("member/verify");
        var items = HostileCorpus.items();
        assertTrue(items.size() >= 200, "corpus of " + items.size());
        var wrong = new ArrayList<String>();
        for (var item : items) {
            var sent = uploadAndReadMessage(browser, page, member, item.fileName(), item.contentType(), item.bytes());
            var expected = item.refusals().stream().map(HostileUploadIT::text).collect(Collectors.toSet());
            if (sent.page().status() >= 500) {
                wrong.add(item + ": HTTP " + sent.page().status());
            } else if (!expected.contains(sent.message())) {
                wrong.add(item + ": said \"" + sent.message() + "\", expected one of " + expected);
            }
            page = PageKit.hasForm(sent.page(), "verify") ? sent.page() : browser.get("member/verify");
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + items.size() + " uploads not refused as expected:\n" + String.join("\n", wrong));
        }

        var after = browser.get("member/verify");
        assertEquals(200, after.status());
        assertTrue(PageKit.hasForm(after, "verify"), "the form is still offered\n" + after.body());
        assertFalse(after.body().contains("id=\"requestStatus\""), "nothing stored: no request\n" + after.body());
        var admin = PageKit.signedIn(base.toURI(), PageKit.ADMIN, PageKit.ADMIN_PASSWORD);
        assertEquals(0, PageKit.queueRowsFor(admin, member.username()), "nothing stored: no request in the queue");
        assertEquals(200, new WebClient(base.toURI()).get("").status(), "the server still serves");
    }

    /** What the member reads after sending one file. */
    private record Sent(WebClient.Page page, String message) {
    }

    /**
     * Sends one file as the member's ID card and reads the message shown for it. The one place that knows
     * the upload page, so that the test follows the page when it changes.
     */
    private static Sent uploadAndReadMessage(WebClient browser, WebClient.Page form, TestData.Member member,
                                             String fileName, String contentType, byte[] bytes) {
        var page = browser.submitMultipart(form, "verify", Map.of("consent", "on", "number", member.idNumber()),
                "image", fileName, contentType, bytes, "submit");
        if (page.status() >= 500 || !PageKit.hasForm(page, "verify")) {
            return new Sent(page, page.status() + " " + PageKit.pageMessages(page));
        }
        // Cheap checks answer beside the file field; checks that need the decoded photo answer at the top.
        var message = PageKit.fieldMessage(page, "verify", "image")
                .or(() -> PageKit.pageMessages(page).stream().findFirst())
                .orElse("(no message)");
        return new Sent(page, message);
    }

    private static String text(Reason reason) {
        Object[] args = switch (reason) {
            case TOO_LARGE -> new Object[] {10L};
            case TOO_SMALL -> new Object[] {600, 380};
            case METADATA_TOO_LARGE -> new Object[] {4096L};
            default -> new Object[0];
        };
        return new MessageFormat(TEXTS.getString(reason.messageKey()), Locale.ENGLISH).format(args);
    }
}

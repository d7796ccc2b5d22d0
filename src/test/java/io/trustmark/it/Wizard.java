package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Drives the verification wizard at /member/verify the way a browser does: one form per step, the
 * photos sent with PrimeFaces' Ajax upload as soon as they are "chosen".
 */
final class Wizard {

    /** The upload component of each document kind on the photos step. */
    static final Map<String, String> UPLOAD =
            Map.of("ID_CARD_FRONT", "idCard", "PASSPORT_PAGE", "passport", "FACE", "face", "PASSBOOK", "passbook");

    private final WebClient browser;
    private WebClient.Page page;

    Wizard(WebClient browser) {
        this.browser = browser;
        this.page = browser.get("member/verify");
        assertEquals(200, page.status(), page.body());
    }

    WebClient.Page page() {
        return page;
    }

    /**
     * cluster: the next steps go to the node at {@code node} (same host, so the browser's cookies go with them), as
     * when a proxy sends the member's next request to another node: the page the member holds came from the first.
     */
    Wizard movedTo(URI node) {
        page = page.movedTo(node);
        return this;
    }

    Wizard consent() {
        return next(Map.of("consent", "on"));
    }

    /** Step 2: the tier and, when the path needs one, the identity document. */
    Wizard tier(String tier, String document) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("target", tier);
        if (document != null) {
            fields.put("document", document);
        }
        return next(fields);
    }

    /** Step 3 for a Thai member's ID card: number, names and expiry as printed, then the passbook if asked. */
    static Map<String, String> card(
            String number,
            String thaiGiven,
            String thaiSurname,
            String englishGiven,
            String englishSurname,
            String expiry) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("number", number);
        fields.put("thaiTitle", "นาย");
        fields.put("thaiGiven", thaiGiven);
        fields.put("thaiSurname", thaiSurname);
        fields.put("englishTitle", "Mr.");
        fields.put("englishGiven", englishGiven);
        fields.put("englishSurname", englishSurname);
        fields.put("expiry", expiry);
        return fields;
    }

    static Map<String, String> passbook(String accountName, String bank) {
        return Map.of("passbookName", accountName, "passbookBank_input", bank);
    }

    Wizard next(Map<String, String> fields) {
        page = browser.submit(page, "verify", fields, "next");
        return this;
    }

    /** Presses {@code button} of the wizard's form (e.g. the last step's "use what was read"), sending nothing typed. */
    Wizard press(String button) {
        page = browser.submit(page, "verify", Map.of(), button);
        return this;
    }

    Wizard back() {
        page = browser.submit(page, "verify", Map.of(), "back");
        return this;
    }

    /** Uploads a photo for {@code kind}; returns the message shown beside it. */
    Optional<String> upload(String kind, String fileName, String contentType, byte[] content) {
        var uid = UPLOAD.get(kind);
        var response = browser.ajaxUpload(page, "verify", uid, uid + "Result", fileName, contentType, content);
        assertEquals(200, response.status(), response.body());
        return PageKit.fieldMessage(response, "verify", uid);
    }

    void uploadOk(String kind, byte[] jpeg) {
        var message = upload(kind, kind.toLowerCase() + ".jpg", "image/jpeg", jpeg);
        assertEquals(Optional.of("Received. This is the photo the admin will see."), message, "upload of " + kind);
    }

    /**
     * Sends the request. Machine reading runs in every deployment: while a card is still being read (its religion
     * field is blanked before anything is sent) the wizard says so, and the member tries again a moment later.
     */
    WebClient.Page submit() {
        page = browser.submit(page, "verify", Map.of(), "submit");
        var deadline = System.nanoTime() + java.time.Duration.ofSeconds(120).toNanos();
        while (stillReading(page) && System.nanoTime() < deadline) {
            sleep(1000);
            page = browser.submit(page, "verify", Map.of(), "submit");
        }
        return page;
    }

    /** The wizard's "still being read" answer, in either language (verify.reading.pending). */
    private static boolean stillReading(WebClient.Page page) {
        return page.contains("still being read") || page.contains("ระบบยังอ่านบัตรของคุณอยู่");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Step 3 for {@code number}'s card with the names most tests type (a man, Somchai Jaidee, card valid to 2031). */
    static Map<String, String> card(String number) {
        return card(number, "สมชาย", "ใจดี", "Somchai", "Jaidee", "2031-08-14");
    }

    /**
     * A fresh wizard through consent, tier Citizen with the ID card, and {@code card} typed: at the photos step, or
     * still at the card's data step with a refusal.
     */
    static Wizard citizenCard(WebClient browser, Map<String, String> card) {
        return new Wizard(browser).consent().tier("CITIZEN", "ID_CARD_FRONT").next(card);
    }

    /** A fresh wizard through consent, Citizen and the card's data ({@link #card(String)}), at the photos step. */
    static Wizard toPhotos(WebClient browser, String number) {
        var wizard = citizenCard(browser, card(number));
        assertTrue(
                wizard.page().body().contains("id=\"verify:idCard\""),
                "at the photos step\n" + wizard.page().body());
        return wizard;
    }

    /** The whole Citizen path with {@code card} typed and {@code image} sent; the page after sending, refused or not. */
    static WebClient.Page sendCard(WebClient browser, Map<String, String> card, byte[] image) {
        var wizard = citizenCard(browser, card);
        wizard.uploadOk("ID_CARD_FRONT", image);
        return wizard.next(Map.of()).submit();
    }

    /** Consent, tier Citizen, the card's data, the card photo, and send: the whole Citizen path. */
    static WebClient.Page citizen(WebClient browser, TestData.Member member) {
        return citizen(browser, card(member.idNumber()), TestData.cardJpeg(member.idNumber()));
    }

    /** The whole Citizen path with {@code card} typed and {@code image} sent, asserting that it waits for review. */
    static WebClient.Page citizen(WebClient browser, Map<String, String> card, byte[] image) {
        var sent = sendCard(browser, card, image);
        assertTrue(sent.contains("Waiting for review"), sent.body());
        return sent;
    }
}

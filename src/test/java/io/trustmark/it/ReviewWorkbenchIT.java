package io.trustmark.it;

import static io.trustmark.it.PageKit.CITIZEN;
import static io.trustmark.it.PageKit.MEMBER;
import static io.trustmark.it.PageKit.MEMBER_PASSWORD;
import static io.trustmark.it.ReviewKit.ADMIN2;
import static io.trustmark.it.ReviewKit.audit;
import static io.trustmark.it.ReviewKit.review;
import static io.trustmark.it.ReviewKit.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The review workbench through its pages: claims (two admins, one claim; take-over; release; next
 * request), sending back with a limit of attempts, refusing for good, lowering a tier (the mark goes at
 * once), the audit trail of all of it, and the refusals for anyone who is not an admin or not on this site.
 */
class ReviewWorkbenchIT extends DeployedApp {

    private static final Pattern HELD_BY =
            Pattern.compile("<span id=\"claimHeld\">([a-z0-9]+) is reviewing this request");

    // ---- claims ----------------------------------------------------------------------------------

    @Test
    void twoAdminsStartingAReviewAtOnceGetOneClaim() throws Exception {
        var applicant = ReviewKit.applicant(base(), "claim");
        var id = applicant.requestId();
        var sessions = new ArrayList<WebClient>();
        var accounts = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            sessions.add(i % 2 == 0 ? ReviewKit.admin(base()) : ReviewKit.admin2(base()));
            accounts.add(i % 2 == 0 ? "admin" : ADMIN2);
        }
        // Opening the page claims nothing (a GET changes no state); the race is on "Start review".
        var opened = new ArrayList<WebClient.Page>();
        for (var session : sessions) {
            var page = session.get("admin/review?id=" + id);
            assertTrue(page.contains("id=\"claimFree\""), "nobody holds it yet:\n" + page.body());
            assertFalse(PageKit.hasForm(page, "approve"), "no decision before the review is started");
            opened.add(page);
        }
        assertTrue(
                audit(ReviewKit.admin(base()), "REQUEST", id).stream().noneMatch(r -> r.endsWith("REQUEST_CLAIMED")),
                "six opened pages, no claim");
        var tasks = new ArrayList<Callable<WebClient.Page>>();
        for (int i = 0; i < sessions.size(); i++) {
            var session = sessions.get(i);
            var page = opened.get(i);
            tasks.add(() -> session.submit(page, "claimIt", Map.of(), "submit"));
        }
        var pool = Executors.newFixedThreadPool(tasks.size());
        List<WebClient.Page> pages = new ArrayList<>();
        try {
            for (var future : pool.invokeAll(tasks)) {
                pages.add(future.get());
            }
        } finally {
            pool.shutdown();
        }

        var holders = new HashSet<String>();
        for (int i = 0; i < pages.size(); i++) {
            var page = pages.get(i);
            assertEquals(200, page.status(), page.body());
            if (page.contains("id=\"claimMine\"")) {
                holders.add(accounts.get(i));
                assertTrue(PageKit.hasForm(page, "approve"), "the holder may decide");
            } else {
                var held = HELD_BY.matcher(page.body());
                assertTrue(held.find(), "the others see who holds it:\n" + page.body());
                holders.add(held.group(1));
                assertFalse(
                        PageKit.hasForm(page, "approve") || PageKit.hasForm(page, "reject"),
                        "no decision forms for the others");
                assertTrue(PageKit.hasForm(page, "takeOver"), "but an explicit take-over");
            }
        }
        assertEquals(1, holders.size(), "exactly one admin holds the request: " + holders);
        var holder = holders.iterator().next();
        var claimed = audit(ReviewKit.admin(base()), "REQUEST", id).stream()
                .filter(r -> r.endsWith("REQUEST_CLAIMED"))
                .toList();
        assertEquals(List.of(holder + " REQUEST_CLAIMED"), claimed, "one claim record");

        // The other admin takes it over explicitly; the first now sees the new holder and cannot decide.
        int other = accounts.indexOf(holder.equals("admin") ? ADMIN2 : "admin");
        int first = accounts.indexOf(holder);
        var takenOver = sessions.get(other).submit(pages.get(other), "takeOver", Map.of(), "submit");
        assertTrue(takenOver.contains("You hold this request now."), takenOver.body());
        assertTrue(PageKit.hasForm(takenOver, "approve"));
        var late = sessions.get(first).submit(pages.get(first), "approve", Map.of(), "submit");
        assertTrue(
                PageKit.text(late).contains(accounts.get(other) + " holds this request. Take it over first"),
                late.body());
        assertEquals("Waiting for review", status(late));

        // Released, the request is free for the next one who opens it.
        var released = sessions.get(other).submit(takenOver, "release", Map.of(), "submit");
        assertTrue(released.contains("is free again for others"), released.body());
        var actions = audit(ReviewKit.admin(base()), "REQUEST", id);
        assertTrue(actions.contains(accounts.get(other) + " CLAIM_TAKEN_OVER"), actions.toString());
        assertTrue(actions.contains(accounts.get(other) + " CLAIM_RELEASED"), actions.toString());
    }

    @Test
    void aDecisionNeedsTheClaim() throws Exception {
        var applicant = ReviewKit.applicant(base(), "needclaim");
        var id = applicant.requestId();
        var admin = ReviewKit.admin(base());
        var started = review(admin, id);
        assertTrue(PageKit.hasForm(started, "approve"), started.body());

        // admin2 takes the request over and lets it go: nobody holds it now, admin's page still has the forms.
        var admin2 = ReviewKit.admin2(base());
        var taken = admin2.submit(admin2.get("admin/review?id=" + id), "takeOver", Map.of(), "submit");
        assertTrue(taken.contains("You hold this request now."), taken.body());
        admin2.submit(taken, "release", Map.of(), "submit");

        var refused = admin.submit(started, "approve", Map.of(), "submit");
        assertTrue(
                PageKit.pageMessages(refused)
                        .contains("Start the review first: only the admin who holds a request decides it."),
                refused.body());
        assertEquals("Waiting for review", status(refused));
        assertFalse(PageKit.hasForm(refused, "approve"), "no decision forms without the claim");
        assertTrue(PageKit.hasForm(refused, "claimIt"), "but Start review");

        var approved =
                admin.submit(admin.submit(refused, "claimIt", Map.of(), "submit"), "approve", Map.of(), "submit");
        assertTrue(approved.contains("is now verified"), approved.body());
    }

    @Test
    void nextRequestTakesTheOldestOneNobodyHolds() throws Exception {
        var older = ReviewKit.applicant(base(), "nextold");
        var newer = ReviewKit.applicant(base(), "nextnew");
        review(ReviewKit.admin(base()), older.requestId());

        // admin2 works through the free requests oldest first; the one admin holds is never handed out.
        var admin2 = ReviewKit.admin2(base());
        var handedOut = new ArrayList<String>();
        for (int i = 0; i < 60 && !handedOut.contains(newer.requestId()); i++) {
            var opened = admin2.submit(admin2.get("admin/index"), "next", Map.of(), "submit");
            var id = opened.uri().getQuery() == null
                    ? null
                    : opened.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
            assertTrue(
                    id != null && opened.contains("id=\"claimMine\""),
                    "next opens a request claimed for admin2: " + opened.uri() + "\n" + opened.body());
            handedOut.add(id);
        }
        assertTrue(handedOut.contains(newer.requestId()), "the newer request is reached: " + handedOut);
        assertFalse(handedOut.contains(older.requestId()), "the request admin holds is skipped");
        var ids = handedOut.stream().map(Long::valueOf).toList();
        assertEquals(ids.stream().sorted().toList(), ids, "oldest first");
        for (var id : handedOut) {
            admin2.submit(review(admin2, id), "release", Map.of(), "submit");
        }
    }

    // ---- decisions ---------------------------------------------------------------------------------

    @Test
    void sentBackRequestsMayBeSentAgainUntilTheAttemptsAreUsedUp() throws Exception {
        var applicant = ReviewKit.applicant(base(), "resend");
        var member = applicant.member();
        var admin = ReviewKit.admin(base());
        var id = applicant.requestId();
        for (int attempt = 1; attempt <= 3; attempt++) {
            var page = review(admin, id);
            assertEquals(
                    attempt == 3, page.contains("id=\"lastAttempt\""), "last-attempt warning on attempt " + attempt);
            var sentBack = admin.submit(
                    page,
                    "resubmit",
                    Map.of(
                            "reasonCode",
                            "GLARE",
                            "reason",
                            "Attempt " + attempt + ": tilt the card a little.",
                            "note",
                            "staff only " + attempt),
                    "submit");
            assertTrue(
                    sentBack.contains("Sent back: " + member.username() + " will be told what to fix."),
                    sentBack.body());
            assertEquals("Sent back to be fixed", status(review(admin, id)));

            var verify = applicant.browser().get("member/verify");
            var text = PageKit.text(verify);
            assertTrue(
                    text.contains("Please send it again")
                            && text.contains("A reflection covers the number or the name.")
                            && text.contains("Attempt " + attempt + ": tilt the card a little."),
                    verify.body());
            assertFalse(text.contains("staff only"), "the staff note stays with the staff");
            // The third sending back used the last attempt: its mail says why the request cannot be sent again
            // (NextStep asks the eligibility policy) instead of asking for it.
            assertEquals(
                    Math.min(attempt, 2),
                    ReviewKit.mailsWithSubject(
                            member.email(), "Please send your verification request again", 1 + 2 * attempt));
            assertEquals(
                    attempt == 3 ? 1 : 0,
                    ReviewKit.mailsWithSubject(
                            member.email(), "Your verification request could not be verified", 1 + 2 * attempt));
            if (attempt < 3) {
                id = ReviewKit.send(base(), member, applicant.browser());
            }
        }
        // The wizard says so at its first step instead of refusing after five (issue 13, finding 3).
        var wizard = new Wizard(applicant.browser());
        assertTrue(
                PageKit.text(wizard.page())
                        .contains("You have used every attempt for this tier. Contact the admins if you need help."),
                wizard.page().body());
        wizard.consent().tier("CITIZEN", "ID_CARD_FRONT");
        assertFalse(wizard.page().body().contains("id=\"verify:number\""), "Citizen is not offered any more");
        assertEquals(0, PageKit.queueRowsFor(admin, member.username()), "no fourth request");
        var history = review(admin, id);
        assertEquals(
                3,
                Pattern.compile("<td>Sent back to be fixed</td>")
                        .matcher(history.body())
                        .results()
                        .count(),
                "the history lists all three attempts");
        assertTrue(history.contains("staff only 3"), "staff see their notes");
    }

    /**
     * The lists offer only reasons fitting the request's documents (a card request: no face or passbook
     * reason), each led by its document; a reason the member got in Thai reads in English on the English admin
     * page, and in Thai on the member's own.
     */
    @Test
    void reasonsFitTheDocumentsAndAnEarlierReasonReadsInTheViewersLanguage() throws Exception {
        var applicant = ReviewKit.applicant(base(), "kinds");
        var admin = ReviewKit.admin(base());
        var page = review(admin, applicant.requestId());
        assertTrue(page.contains("value=\"CROPPED\"") && page.contains("value=\"BLURRED\""), page.body());
        for (var other : List.of("FACE_NOT_CLEAR", "PASSBOOK_NAME_HIDDEN", "PASSPORT_CROPPED", "FACE_OTHER_PERSON")) {
            assertFalse(page.contains("value=\"" + other + "\""), other + " offered for a card-only request");
        }
        assertTrue(
                PageKit.text(page).contains("Front of your ID card: Part of the card is cut off."),
                "a reason about one document names it");
        var wrongKind = admin.submit(page, "reject", Map.of("reasonCode", "FACE_OTHER_PERSON"), "submit");
        assertTrue(PageKit.fieldMessage(wrongKind, "reject", "reasonCode").isPresent(), wrongKind.body());
        assertEquals("Waiting for review", status(wrongKind));

        var member = applicant.browser();
        member.post(
                base().resolve("language"), Map.of("to", "th", "back", base().getPath() + "member/status"), Map.of());
        admin.submit(
                review(admin, applicant.requestId()),
                "resubmit",
                Map.of("reasonCode", "CROPPED", "reason", "Show all four corners."),
                "submit");
        var decided = PageKit.text(review(admin, applicant.requestId()));
        var english = "Part of the card is cut off. Please send a photo that shows the whole card.";
        var thai = "ภาพบัตรถูกตัดบางส่วน";
        assertTrue(decided.contains(english + "\n\nShow all four corners."), decided);
        assertFalse(decided.contains(thai), "the member's Thai on the English admin page");
        var status = PageKit.text(member.get("member/status"));
        assertTrue(status.contains(thai) && !status.contains(english), "the member reads it in Thai: " + status);
    }

    @Test
    void aRefusalIsFinalAndNeedsAReason() throws Exception {
        var applicant = ReviewKit.applicant(base(), "refuse");
        var admin = ReviewKit.admin(base());
        var page = review(admin, applicant.requestId());

        var noReason = admin.submit(page, "reject", Map.of(), "submit");
        assertTrue(
                PageKit.pageMessages(noReason)
                        .contains("Please choose a reason from the list or write one for the member."),
                noReason.body());
        assertEquals("Waiting for review", status(noReason));
        // A reason from another list (here: one for sending back) is not accepted for a refusal.
        var wrongList = admin.submit(noReason, "reject", Map.of("reasonCode", "BLURRED"), "submit");
        assertTrue(PageKit.fieldMessage(wrongList, "reject", "reasonCode").isPresent(), wrongList.body());
        assertEquals("Waiting for review", status(wrongList));

        var refused = admin.submit(
                review(admin, applicant.requestId()), "reject", Map.of("reasonCode", "NOT_OWN_CARD"), "submit");
        assertTrue(refused.contains("will be told why"), refused.body());
        assertEquals(1, ReviewKit.mailsWithSubject(applicant.member().email(), "was refused", 3));
        // Issue 13, finding 2: the refused card opens no other path, and the wizard says so at its first step.
        var username = applicant.member().username();
        var wizard = new Wizard(applicant.browser());
        var first = PageKit.text(wizard.page());
        assertTrue(
                first.contains("A request with your ID card was refused for good"),
                wizard.page().body());
        assertTrue(first.contains("you may request this now."), "Trusted stays open with the passport\n" + first);
        wizard.consent().tier("TRUSTED", "ID_CARD_FRONT");
        assertFalse(
                PageKit.text(wizard.page()).contains("Your ID card, exactly as printed"),
                "a Trusted request cannot carry the refused card\n"
                        + wizard.page().body());
        assertTrue(
                wizard.page().body().contains("id=\"verify:passportNumber\""),
                wizard.page().body());
        assertEquals(0, PageKit.queueRowsFor(admin, username));

        // Only an admin lifts the bar, with a reason, audited; the next request is flagged at the top.
        var memberPage = admin.get("admin/member?u=" + username);
        assertTrue(
                PageKit.text(memberPage).contains("A request with your ID card was refused for good"),
                memberPage.body());
        var noNote = admin.submit(memberPage, "lift", Map.of(), "submit");
        assertTrue(PageKit.pageMessages(noNote).contains("Please say why you lift the bars."), noNote.body());
        var lifted = admin.submit(
                admin.get("admin/member?u=" + username),
                "lift",
                Map.of("note", "Card checked at the office."),
                "submit");
        assertTrue(
                PageKit.pageMessages(lifted).contains("The bars of " + username + " are lifted: they may apply again."),
                lifted.body());
        assertTrue(PageKit.text(lifted).contains("Card checked at the office."), "the lift is listed");
        assertTrue(audit(admin, "ACCOUNT", accountId(lifted)).contains("admin BARS_LIFTED"));
        var again = ReviewKit.send(base(), applicant.member(), applicant.browser());
        var flagged = review(admin, again).body();
        assertTrue(
                flagged.contains("id=\"flags\"")
                        && flagged.indexOf("id=\"flags\"") < flagged.indexOf("id=\"documentsTitle\""),
                "the flag box comes before the documents\n" + flagged);
        var flags = WebClient.unescape(flagged);
        assertTrue(flags.contains("Request #" + applicant.requestId() + " for Citizen was refused for good on"), flags);
        assertTrue(flags.contains("An admin lifted this member's bars on"), flags);
        assertFalse(flags.contains("id=\"flagBar\""), "nothing holds against this request after the lift");
    }

    /** Issue 13, finding 3: a member lowered for misuse may not apply again at once; a queued request is held. */
    @Test
    void aMisuseDowngradeHoldsTheQueuedRequestAndEveryNewOneUntilLifted() throws Exception {
        var applicant = ReviewKit.applicant(base(), "misuse");
        var member = applicant.member();
        var admin = ReviewKit.admin(base());
        assertTrue(admin.submit(review(admin, applicant.requestId()), "approve", Map.of(), "submit")
                .contains("is now verified"));
        var wizard = new Wizard(applicant.browser())
                .consent()
                .tier("TRUSTED", null)
                .next(Wizard.passbook("นาย สมชาย ใจดี", "SCB"));
        wizard.uploadOk("FACE", TestData.faceJpeg());
        wizard.uploadOk("PASSBOOK", TestData.passbookJpeg("สมชาย ใจดี"));
        assertTrue(wizard.next(Map.of()).submit().contains("Waiting for review"));
        var trustedId = PageKit.requestIdFor(admin.get("admin/index").body(), member.username());
        // A page opened before the downgrade still has its Approve form: the server must refuse it anyway.
        var stale = review(admin, trustedId);
        assertTrue(PageKit.hasForm(stale, "approve"), stale.body());

        var lowered = admin.submit(
                admin.get("admin/member?u=" + member.username()),
                "lower",
                Map.of("target", "REGISTERED", "reasonCode", "MISUSE", "reason", "Sold counterfeit goods."),
                "submit");
        assertTrue(
                PageKit.pageMessages(lowered)
                        .contains(member.username() + " is now Registered. The member was told by e-mail."),
                lowered.body());

        var page = review(admin, trustedId);
        assertTrue(page.body().contains("id=\"flagBar\""), page.body());
        assertTrue(PageKit.text(page).contains("Lowered from Citizen to Registered on"), page.body());
        assertFalse(PageKit.hasForm(page, "approve"), "no Approve button while the bar holds\n" + page.body());
        assertTrue(
                PageKit.text(page)
                        .contains("Approving is not possible now: An admin lowered your tier for misuse. You may send a"
                                + " new request from"),
                page.body());
        var refused = admin.submit(stale, "approve", Map.of(), "submit");
        assertTrue(
                PageKit.pageMessages(refused)
                        .contains(
                                "This request cannot be approved while a bar holds (see the box at the top). Reject it, or lift the bar on the member's page first."),
                refused.body());
        assertEquals("Waiting for review", status(review(admin, trustedId)));
        admin.submit(review(admin, trustedId), "resubmit", Map.of("reasonCode", "BLURRED"), "submit");
        // Sent back while the cool-down holds: nobody tells the member to send it again, they are told why not.
        var resubmitMail = TestServers.part(
                        TestServers.mailWithSubject(member.email(), "could not be verified")
                                .orElseThrow(() -> new AssertionError("no mail about the request sent back")),
                        "text/plain")
                .replaceAll("\\s+", " ");
        assertTrue(resubmitMail.contains("you cannot send it again now: An admin lowered your tier"), resubmitMail);
        assertFalse(resubmitMail.contains("send it again on"), resubmitMail);
        var statusPage = PageKit.text(applicant.browser().get("member/status"));
        assertTrue(
                statusPage.contains(
                        "You cannot send a new Trusted request now. An admin lowered your tier for misuse."),
                statusPage);

        var verify = applicant.browser().get("member/verify");
        assertFalse(PageKit.hasForm(verify, "verify"), "no wizard to fill in for nothing\n" + verify.body());
        assertTrue(
                PageKit.text(verify).contains("An admin lowered your tier for misuse. You may send a new request from"),
                verify.body());

        admin.submit(
                admin.get("admin/member?u=" + member.username()), "lift", Map.of("note", "Appeal upheld."), "submit");
        assertTrue(
                PageKit.hasForm(applicant.browser().get("member/verify"), "verify"),
                "the wizard is back after the lift");
    }

    // ---- tier management -----------------------------------------------------------------------------

    @Test
    void loweringATierRemovesTheMarkFromPostsAndListsAtOnce() throws Exception {
        var applicant = ReviewKit.applicant(base(), "revoke");
        var member = applicant.member();
        var admin = ReviewKit.admin(base());
        var approved =
                admin.submit(review(admin, applicant.requestId()), "approve", Map.of("note", "clear photo"), "submit");
        assertTrue(approved.contains("is now verified"), approved.body());
        var thread = applicant
                .browser()
                .submit(
                        applicant.browser().get("member/new-thread?b=general"),
                        "thread",
                        Map.of("title", "Revocation test by " + member.username(), "body", "A post with a mark"),
                        "submit");
        var threadPath = thread.uri().toString();
        var reader = PageKit.signedIn(base(), MEMBER, MEMBER_PASSWORD);
        assertTrue(CitizenJourneyIT.badgeBefore(reader.get(threadPath).body(), member.username()), "mark on the post");
        assertTrue(
                CitizenJourneyIT.badgeBefore(reader.get("forum/board?b=general").body(), member.username()),
                "mark in the list");

        var memberPage = admin.get("admin/member?u=" + member.username());
        var lowered = admin.submit(
                memberPage,
                "lower",
                Map.of("target", "REGISTERED", "reasonCode", "MISUSE", "reason", "Sold counterfeit goods."),
                "submit");
        assertTrue(
                PageKit.pageMessages(lowered)
                        .contains(member.username() + " is now Registered. The member was told by e-mail."),
                lowered.body());
        assertTrue(PageKit.text(lowered).contains("Citizen → Registered"), "tier history lists the change");

        assertFalse(
                CitizenJourneyIT.badgeBefore(reader.get(threadPath).body(), member.username()), "no mark on the post");
        assertFalse(
                CitizenJourneyIT.badgeBefore(reader.get("forum/board?b=general").body(), member.username()),
                "no mark in the list");
        assertFalse(
                CitizenJourneyIT.badgeBefore(
                        new WebClient(base()).get("forum/board?b=general").body(), member.username()),
                "nor for visitors");
        assertTrue(
                applicant.browser().get("member/new-thread?b=marketplace").contains("Only verified members (Citizen)"),
                "the Marketplace is closed again");
        var mails = TestServers.mailsTo(member.email(), 4, ReviewKit.MAIL_WAIT);
        var tierMail = mails.stream()
                .filter(m -> ReviewKit.subject(m).contains("Your membership tier was changed"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("tier mail"));
        var body = TestServers.part(tierMail, "text/plain");
        assertTrue(
                body.contains("from Citizen to Registered")
                        && body.contains("The verified status was misused")
                        && body.contains("Sold counterfeit goods."),
                body);

        var stale = admin.submit(memberPage, "lower", Map.of("target", "REGISTERED", "reason", "again"), "submit");
        assertTrue(
                PageKit.pageMessages(stale)
                                .contains(
                                        "The member's tier changed while you were looking. Here is the current state.")
                        || PageKit.text(stale).contains("Choose a tier below"),
                stale.body());
        assertEquals(
                List.of("admin TIER_LOWERED"),
                audit(admin, "ACCOUNT", accountId(lowered)).stream()
                        .filter(r -> r.endsWith("TIER_LOWERED"))
                        .toList(),
                "one tier change recorded");
    }

    // ---- audit -----------------------------------------------------------------------------------------

    @Test
    void everyActionLeavesAnAuditRecord() throws Exception {
        var applicant = ReviewKit.applicant(base(), "audited");
        var id = applicant.requestId();
        var admin = ReviewKit.admin(base());
        var admin2 = ReviewKit.admin2(base());

        var page = review(admin, id);
        var image = Pattern.compile("src=\"[^\"]*/(admin/documents/(\\d+))\"").matcher(page.body());
        assertTrue(image.find(), page.body());
        assertEquals(200, admin.getRaw(image.group(1)).statusCode());
        var held = review(admin2, id);
        var takenOver = admin2.submit(held, "takeOver", Map.of(), "submit");
        admin2.submit(takenOver, "release", Map.of(), "submit");
        var decided = admin.submit(review(admin, id), "resubmit", Map.of("reason", "Please use daylight."), "submit");
        assertTrue(decided.contains("Sent back"), decided.body());

        var actions = audit(admin, "REQUEST", id);
        for (var expected : List.of(
                "admin REQUEST_RESUBMIT",
                ADMIN2 + " CLAIM_RELEASED",
                ADMIN2 + " CLAIM_TAKEN_OVER",
                "admin REQUEST_CLAIMED",
                applicant.member().username() + " REQUEST_SUBMITTED")) {
            assertTrue(actions.contains(expected), expected + " in " + actions);
        }
        assertTrue(
                audit(admin, "DOCUMENT", image.group(2)).contains("admin DOCUMENT_VIEWED"), "document view recorded");

        var reasons = admin.get("admin/reasons");
        var code = "IT_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        var fields = new LinkedHashMap<String, String>();
        fields.put("code", code);
        fields.put("appliesTo", "RESUBMIT");
        fields.put("textEn", "Please send a colour photo.");
        fields.put("textTh", "กรุณาส่งภาพสี");
        fields.put("position", "99");
        fields.put("active", "on");
        var saved = admin.submit(reasons, "edit", fields, "submit");
        assertTrue(PageKit.pageMessages(saved).contains("Reason " + code + " saved."), saved.body());
        assertTrue(PageKit.text(saved).contains("กรุณาส่งภาพสี"), "Thai text kept");
        var auditPage = PageKit.text(admin.get("admin/audit?action=REASON_SAVED&actor=admin"));
        assertTrue(auditPage.contains(code), auditPage);
    }

    // ---- who may do what -----------------------------------------------------------------------------

    @Test
    void aMemberIsRefusedEveryAdminPageAndAction() throws Exception {
        var applicant = ReviewKit.applicant(base(), "guard");
        var id = applicant.requestId();
        var admin = ReviewKit.admin(base());
        var adminReview = review(admin, id);
        var member = PageKit.signedIn(base(), MEMBER, MEMBER_PASSWORD);

        for (var path : List.of(
                "admin/index",
                "admin/index?status=ANY",
                "admin/review?id=" + id,
                "admin/member?u=" + MEMBER,
                "admin/reasons",
                "admin/audit",
                "admin/documents/1")) {
            var page = member.get(path);
            assertEquals(403, page.status(), path + "\n" + page.body());
            assertFalse(page.contains(applicant.member().username()), path + " shows nothing of the request");
        }
        // Every form of the admin pages, posted in the member's session with the admin's form fields.
        var posts = new LinkedHashMap<String, Map<String, String>>();
        posts.put("approve", Map.of());
        posts.put("resubmit", Map.of("reason", "x"));
        posts.put("reject", Map.of("reason", "x"));
        posts.put("release", Map.of());
        for (var post : posts.entrySet()) {
            var response = postAs(member, admin, adminReview, post.getKey(), post.getValue(), Map.of());
            assertEquals(403, response, post.getKey());
        }
        var citizenPage = admin.get("admin/member?u=" + CITIZEN);
        assertEquals(
                403,
                postAs(member, admin, citizenPage, "lower", Map.of("target", "REGISTERED", "reason", "x"), Map.of()));
        assertEquals(403, postAs(member, admin, admin.get("admin/index"), "next", Map.of(), Map.of()));
        assertEquals(
                403,
                postAs(
                        member,
                        admin,
                        admin.get("admin/reasons"),
                        "edit",
                        Map.of("code", "HACKED", "appliesTo", "REJECT", "textEn", "x", "textTh", "x", "position", "1"),
                        Map.of()));

        // An admin's own session, but the request comes from another site: refused before Faces sees it.
        assertEquals(
                403, postAs(admin, admin, adminReview, "approve", Map.of(), Map.of("Origin", "https://evil.example")));
        assertEquals(
                403, postAs(admin, admin, adminReview, "approve", Map.of(), Map.of("Sec-Fetch-Site", "cross-site")));

        assertEquals("Waiting for review", status(review(admin, id)), "nothing was decided");
        assertTrue(
                ReviewKit.admin(base()).get("admin/member?u=" + CITIZEN).contains("<dd id=\"memberTier\">Citizen</dd>"),
                "the tier was not lowered");
        assertFalse(PageKit.text(admin.get("admin/reasons")).contains("HACKED"));
        var actions = audit(admin, "REQUEST", id);
        assertTrue(
                actions.stream()
                        .noneMatch(a -> a.contains("APPROVED") || a.contains("REJECTED") || a.contains("RELEASED")),
                actions.toString());
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private URI base() throws Exception {
        return base.toURI();
    }

    /** Posts form {@code formId} of a page {@code owner} was shown, from {@code sender}'s session; returns the status. */
    private static int postAs(
            WebClient sender,
            WebClient owner,
            WebClient.Page page,
            String formId,
            Map<String, String> fields,
            Map<String, String> headers) {
        var form = owner.form(page, formId);
        var params = new LinkedHashMap<String, String>();
        params.put(formId, formId);
        params.putAll(form.hidden());
        fields.forEach((k, v) -> params.put(formId + ":" + k, v));
        params.put(formId + ":submit", "");
        return sender.post(form.action(), params, headers).statusCode();
    }

    private static String accountId(WebClient.Page memberPage) {
        var matcher = Pattern.compile("<dd id=\"accountId\">(\\d+)</dd>").matcher(memberPage.body());
        if (matcher.find()) {
            return matcher.group(1);
        }
        throw new AssertionError("no account id on " + memberPage.uri());
    }
}

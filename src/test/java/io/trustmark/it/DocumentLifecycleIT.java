package io.trustmark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.document.domain.SyntheticPhotos;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A document's life after the intake, through the real pages: what the reviewer is shown (upright, no
 * metadata, every view audited), reuse of a picture by another account flagged with a link, and the
 * retention job erasing images after the decision while the outcome and the hashes stay, and forgetting
 * phone links once they have ended. The deployment
 * is the shipped WAR with a retention period of zero days, checked every two seconds, so the test need
 * not wait a month; it has its own server for that reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentLifecycleIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withConfig("trustmark.document.retention-days=0\n"
                + "trustmark.document.retention.interval-seconds=2\n"
                // A browser is known only until its sign-in, and deleted the moment after.
                + "trustmark.login.known-device-days=0\ntrustmark.login.known-device-purge-days=0");
    }

    @Test
    void reviewerSeesTheCardUprightWithoutMetadataAndEveryViewIsAudited() throws Exception {
        var member = TestData.newMember("upright");
        var photo = SyntheticPhotos.cardPhoto(1000, 630, PageKit.spaced(member.idNumber()), 101);
        // Stored sideways, with a rotation tag, GPS, and XMP, as a phone held upright writes it.
        var tagged = withGpsXmpAndOrientation(
                SyntheticPhotos.jpeg(photo, 0.9f), TiffTagConstants.ORIENTATION_VALUE_ROTATE_90_CW);
        var requestId = submit(member, tagged);
        var admin = PageKit.signedIn(base.toURI(), PageKit.ADMIN, PageKit.ADMIN_PASSWORD);

        var imagePath = PageKit.documentPath(admin.get("admin/review?id=" + requestId));
        var first = admin.getRaw(imagePath);
        var second = admin.getRaw(imagePath);

        assertEquals(200, first.statusCode());
        assertEquals("image/jpeg", first.headers().firstValue("Content-Type").orElse(""));
        assertEquals("no-store", first.headers().firstValue("Cache-Control").orElse(""));
        var shown = ImageIO.read(new ByteArrayInputStream(first.body()));
        // Turned block by block, losslessly: the 630 px side is no whole number of 16-px blocks, and the partial
        // strip that the turn would bring to the left is dropped (as jpegtran -trim does).
        assertEquals(624, shown.getWidth(), "turned upright: portrait");
        assertEquals(1000, shown.getHeight());
        var bytes = new String(first.body(), StandardCharsets.ISO_8859_1);
        assertFalse(bytes.contains("Exif"), "no EXIF left");
        assertFalse(bytes.contains("XMP-SECRET-HOME"), "no XMP left");
        assertFalse(bytes.contains("http://ns.adobe.com/xap"), "no XMP packet left");
        assertEquals(200, second.statusCode());

        var documentId = Long.valueOf(imagePath.substring(imagePath.lastIndexOf('/') + 1));
        if ("postgresql".equals(System.getProperty("trustmark.it.database"))) {
            // H2 runs inside the server; on PostgreSQL the test can read the audit trail itself.
            try (var db = TestServers.postgres();
                    var query =
                            db.prepareStatement("select count(*) from audit_event e join account a on a.id = e.actor_id"
                                    + " where e.action = 'DOCUMENT_VIEWED' and e.subject_id = ? and a.username = ?")) {
                query.setLong(1, documentId);
                query.setString(2, PageKit.ADMIN);
                var result = query.executeQuery();
                result.next();
                assertEquals(2, result.getInt(1), "each of the two views is in the audit trail");
            }
        }
        // Nobody else gets the image: not the member who sent it, not a signed-out visitor.
        var owner = PageKit.signedIn(base.toURI(), member.username(), TestData.PASSWORD);
        assertTrue(owner.getRaw(imagePath).statusCode() >= 300, "the member cannot open the submitted document");
        assertTrue(new WebClient(base.toURI()).getRaw(imagePath).statusCode() >= 300, "a visitor cannot");
    }

    @Test
    void aPictureSentAgainByAnotherAccountIsFlaggedWithALinkToTheFirstRequest() throws Exception {
        var photo = SyntheticPhotos.cardPhoto(1200, 760, "1 1017 00000 12 3", 202);
        var original = SyntheticPhotos.jpeg(photo, 0.9f);
        var firstRequest = submit(TestData.newMember("reusefirst"), original);
        var identicalRequest = submit(TestData.newMember("reusesame"), original);
        var nearRequest = submit(TestData.newMember("reusenear"), SyntheticPhotos.jpeg(photo, 0.6f));
        var otherRequest = submit(
                TestData.newMember("reuseother"),
                SyntheticPhotos.jpeg(SyntheticPhotos.cardPhoto(1200, 760, "1 1017 00000 12 3", 203), 0.9f));
        var admin = PageKit.signedIn(base.toURI(), PageKit.ADMIN, PageKit.ADMIN_PASSWORD);

        var identical = PageKit.text(admin.get("admin/review?id=" + identicalRequest));
        assertTrue(identical.contains("The same picture was sent by reusefirst"), identical);
        assertTrue(identical.contains("review?id=" + firstRequest + "\""), "links the first request\n" + identical);

        var near = PageKit.text(admin.get("admin/review?id=" + nearRequest));
        assertTrue(
                near.matches(
                        "(?s).*A nearly identical picture \\(\\d of 64 bits apart\\) was sent by reusefirst\\S* in request "
                                + firstRequest + ".*"),
                near);
        assertTrue(near.contains("review?id=" + firstRequest + "\""), "links the first request\n" + near);

        var other = PageKit.text(admin.get("admin/review?id=" + otherRequest));
        assertTrue(other.contains("No other account sent any of these pictures."), other);
        var first = PageKit.text(admin.get("admin/review?id=" + firstRequest));
        assertTrue(
                first.contains("No other account sent any of these pictures."),
                "flags are about earlier requests\n" + first);
    }

    @Test
    void aPhoneLinkIsForgottenOnceItHasEnded() throws Exception {
        var member = TestData.newMember("linkgone");
        var desk = PageKit.confirmedMember(base.toURI(), member);
        var link = HandoffIT.link(HandoffIT.photosStep(desk, member).page());
        var phone = new WebClient(base.toURI());
        assertEquals(200, phone.get(link).status(), "the phone opens the fresh link");

        // The failsafe configuration makes a link last a minute; this deployment keeps nothing past its end.
        var deadline = System.nanoTime() + Duration.ofSeconds(100).toNanos();
        var page = phone.get(link);
        while (page.status() != 404 && System.nanoTime() < deadline) {
            Thread.sleep(2000);
            page = phone.get(link);
        }
        assertEquals(404, page.status(), "the ended link is gone from the database\n" + page.body());
        assertTrue(PageKit.text(page).contains(HandoffIT.UNKNOWN), page.body());
    }

    @Test
    void retentionErasesTheImageAfterTheDecisionAndKeepsTheOutcomeAndTheHashes() throws Exception {
        var member = TestData.newMember("retained");
        var original = SyntheticPhotos.jpeg(
                SyntheticPhotos.cardPhoto(1100, 700, PageKit.spaced(member.idNumber()), 303), 0.9f);
        var requestId = submit(member, original);
        var admin = PageKit.signedIn(base.toURI(), PageKit.ADMIN, PageKit.ADMIN_PASSWORD);
        var review = ReviewKit.review(admin, requestId);
        var imagePath = PageKit.documentPath(review);
        assertEquals(200, admin.getRaw(imagePath).statusCode(), "before the decision the image is there");

        ReviewKit.approve(admin, review);

        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        var page = PageKit.text(admin.get("admin/review?id=" + requestId));
        while (!page.contains("The image was deleted.") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            page = PageKit.text(admin.get("admin/review?id=" + requestId));
        }
        assertTrue(page.contains("The image was deleted."), "the retention job erased the image\n" + page);
        assertTrue(page.matches("(?s).*<dd id=\"status\">\\s*Approved\\s*</dd>.*"), "the outcome stays\n" + page);
        assertEquals(404, admin.getRaw(imagePath).statusCode(), "the image itself is gone");

        // The hashes stay: the same picture from another account is still recognised.
        var later = submit(TestData.newMember("retainedcopy"), original);
        var flagged = PageKit.text(admin.get("admin/review?id=" + later));
        assertTrue(flagged.contains("The same picture was sent by " + member.username()), flagged);
        assertTrue(flagged.contains("review?id=" + requestId + "\""), flagged);
    }

    /** The browsers a sign-in remembered are deleted by the retention job once long expired (here: at once). */
    @Test
    void knownDevicesAreDeletedByTheRetentionJob() throws Exception {
        try (var log = ServerLog.start()) {
            PageKit.confirmedMember(base.toURI(), TestData.newMember("olddevice"));
            assertTrue(
                    log.awaits(Pattern.compile("and [1-9]\\d* long-expired known devices"), Duration.ofSeconds(60)),
                    "the retention job deleted the expired known device:\n" + log.text());
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** A confirmed member sends {@code image} as their ID card; returns the request id from the admin queue. */
    private String submit(TestData.Member member, byte[] image) throws Exception {
        return PageKit.submittedRequest(base.toURI(), member, image);
    }

    private static byte[] withGpsXmpAndOrientation(byte[] jpeg, int orientation) throws Exception {
        var exif = new TiffOutputSet();
        exif.setGpsInDegrees(100.5018, 13.7563);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        var withExif = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, withExif, exif);
        var withXmp = new ByteArrayOutputStream();
        new JpegXmpRewriter()
                .updateXmpXml(
                        withExif.toByteArray(),
                        withXmp,
                        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                                + "<rdf:Description xmlns:exif=\"http://ns.adobe.com/exif/1.0/\" exif:GPSLatitude=\"13,45.378N\">"
                                + "XMP-SECRET-HOME</rdf:Description></rdf:RDF></x:xmpmeta>");
        var tagged = withXmp.toByteArray();
        assertNotNull(org.apache.commons.imaging.Imaging.getXmpXml(tagged), "the upload really carries XMP");
        return tagged;
    }
}

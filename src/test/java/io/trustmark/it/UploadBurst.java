package io.trustmark.it;

import io.trustmark.document.domain.SyntheticPhotos;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/**
 * The client side of bench/upload-burst.sh (not a test): signs up N members through the application's own pages
 * (confirmation link from the demo mailbox), brings each to the wizard's photos step, then has all of them upload
 * at the same moment, twice: the largest image the intake takes (a flat-coloured PNG just under the pixel limit),
 * then an ordinary 12-megapixel phone photo (half upright, half sideways with EXIF orientation 6). Prints the count
 * of each answer; the script adds the server log's OutOfMemoryErrors.
 *
 * <p>Usage: {@code java -cp … io.trustmark.it.UploadBurst http://127.0.0.1:8101/ 50 40000000}
 */
public final class UploadBurst {

    private static final String RECEIVED = "Received. This is the photo the admin will see.";
    private static final String BUSY =
            "Many photos are being checked right now. Please try again in a moment: your photo is fine.";
    private static final Pattern MAIL_LINK = Pattern.compile("href=\"([^\"]*confirm[^\"]*)\"");

    private UploadBurst() {}

    /** What became of the uploads of one burst. */
    record Tally(int accepted, int retry, int refused, int errors, List<String> refusals) {
        Tally plus(Tally other) {
            var all = new ArrayList<>(refusals);
            all.addAll(other.refusals);
            return new Tally(
                    accepted + other.accepted,
                    retry + other.retry,
                    refused + other.refused,
                    errors + other.errors,
                    all);
        }
    }

    public static void main(String[] args) throws Exception {
        var base = URI.create(args[0]);
        int members = Integer.parseInt(args[1]);
        long maxPixels = Long.parseLong(args[2]);
        var pool = Executors.newFixedThreadPool(members);
        try {
            long started = System.nanoTime();
            var wizards = signUp(base, members, pool);
            System.out.printf(
                    "%d members signed up and at the photos step in %.0f s%n",
                    wizards.size(), (System.nanoTime() - started) / 1e9);

            // Width x height just under the limit, at a phone's 4:3.
            int height = (int) Math.sqrt(maxPixels * 3.0 / 4);
            int width = (int) ((maxPixels - 1) / height);
            var largest = flatPng(width, height);
            var large = burst(pool, wizards, i -> largest, "image/png", "largest.png");
            System.out.printf(
                    "largest accepted image (%dx%d flat PNG, %d KB) x %d at once: %s%n",
                    width, height, largest.length / 1024, members, describe(large));

            var photo = SyntheticPhotos.cardPhoto(4000, 3000, "1 1017 00000 12 3", 12);
            var upright = SyntheticPhotos.jpeg(photo, 0.9f);
            var sideways = withOrientation(upright, TiffTagConstants.ORIENTATION_VALUE_ROTATE_90_CW);
            var ordinary = burst(pool, wizards, i -> i % 2 == 0 ? upright : sideways, "image/jpeg", "photo.jpg");
            System.out.printf(
                    "ordinary 12-MP phone photo (4000x3000 JPEG, %d KB, half with EXIF orientation 6) x %d at once: %s%n",
                    upright.length / 1024, members, describe(ordinary));
            var total = large.plus(ordinary);
            System.out.printf(
                    "TOTAL %d accepted, %d asked to retry, %d refused, %d errors%n",
                    total.accepted(), total.retry(), total.refused(), total.errors());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String describe(Tally tally) {
        return tally.accepted() + " accepted, " + tally.retry() + " asked to retry, " + tally.refused() + " refused, "
                + tally.errors() + " errors" + (tally.refusals().isEmpty() ? "" : " " + tally.refusals());
    }

    private static List<Wizard> signUp(URI base, int members, ExecutorService pool) throws Exception {
        var futures = new ArrayList<Future<Wizard>>();
        // A few at a time: sign-up hashes passwords, and this is set-up, not the measurement.
        var setUp = Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < members; i++) {
                futures.add(setUp.submit(() -> {
                    var member = TestData.newMember("burst");
                    var browser = PageKit.signedUp(base, member);
                    browser.get(confirmationLink(browser, member.email()));
                    PageKit.assertSignedIn(browser.login(member.username(), TestData.PASSWORD), member.username());
                    return Wizard.toPhotos(browser, member.idNumber());
                }));
            }
            var wizards = new ArrayList<Wizard>();
            for (var future : futures) {
                wizards.add(future.get(10, TimeUnit.MINUTES));
            }
            return wizards;
        } finally {
            setUp.shutdownNow();
        }
    }

    /** The confirmation link mailed to {@code email}, read from the demo mailbox (the outbox sends every second). */
    private static String confirmationLink(WebClient browser, String email) throws InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            var body = browser.get("demo/mailbox").body();
            int at = body.indexOf(email);
            if (at >= 0) {
                var article = body.substring(at, Math.max(at, body.indexOf("</article>", at)));
                var link = MAIL_LINK.matcher(article);
                if (link.find()) {
                    return PageKit.relative(WebClient.unescape(link.group(1)));
                }
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("no confirmation mail to " + email);
    }

    interface Bytes {
        byte[] of(int member);
    }

    private static Tally burst(ExecutorService pool, List<Wizard> wizards, Bytes file, String type, String name)
            throws Exception {
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<Optional<String>>>();
        for (int i = 0; i < wizards.size(); i++) {
            var wizard = wizards.get(i);
            var bytes = file.of(i);
            answers.add(pool.submit(() -> {
                start.await();
                return wizard.upload("ID_CARD_FRONT", name, type, bytes);
            }));
        }
        start.countDown();
        int accepted = 0;
        int retry = 0;
        int refused = 0;
        int errors = 0;
        var refusals = new ArrayList<String>();
        for (var answer : answers) {
            try {
                var message = answer.get(10, TimeUnit.MINUTES);
                if (message.equals(Optional.of(RECEIVED))) {
                    accepted++;
                } else if (message.equals(Optional.of(BUSY))) {
                    retry++;
                } else if (message.isPresent()) {
                    refused++;
                    refusals.add(message.get());
                } else {
                    errors++;
                }
            } catch (java.util.concurrent.ExecutionException e) {
                // A non-200 answer (Wizard.upload asserts 200) or a broken connection.
                errors++;
                refusals.add("ERROR "
                        + String.valueOf(e.getCause()).lines().findFirst().orElse(""));
            }
        }
        return new Tally(accepted, retry, refused, errors, refusals);
    }

    /**
     * An RGB PNG of large black and white squares: a few hundred KB that decode to three bytes a pixel, sharp and
     * well exposed, so the intake takes it.
     */
    static byte[] flatPng(int width, int height) throws Exception {
        var idat = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
            var rows = new byte[2][1 + width * 3];
            for (int band = 0; band < 2; band++) {
                for (int x = 0; x < width; x++) {
                    byte value = ((x / 64 + band) % 2 == 0) ? (byte) 0xF0 : (byte) 0x20;
                    rows[band][1 + 3 * x] = value;
                    rows[band][2 + 3 * x] = value;
                    rows[band][3 + 3 * x] = value;
                }
            }
            for (int y = 0; y < height; y++) {
                deflate.write(rows[(y / 64) % 2]);
            }
        }
        return TestData.rgbPng(width, height, idat.toByteArray());
    }

    private static byte[] withOrientation(byte[] jpeg, int orientation) throws Exception {
        var exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        var out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        return out.toByteArray();
    }
}

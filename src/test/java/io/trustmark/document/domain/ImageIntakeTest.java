package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.document.domain.DocumentRefusedException.Reason;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ImageIntakeTest {

    private static final int RED = 0xFF0000;
    private static final int MARKER = 100;

    private static final DocumentKind KIND = DocumentKind.ID_CARD_FRONT;
    /** These tests are about structure and metadata; QualityTest covers sharpness and exposure. */
    private static final QualityThresholds NO_QUALITY_CHECKS = new QualityThresholds(0, 0, 255);

    private final ImageIntake intake = new ImageIntake(IntakeLimits.defaults(), NO_QUALITY_CHECKS);

    // --- accepted ---------------------------------------------------------------------------

    @Test
    void acceptsJpegWithItsDimensions() throws IOException {
        byte[] jpeg = SyntheticPhotos.encode(card(800, 500), "jpg");

        assertEquals(new ImageHeader("JPEG", 800, 500), intake.inspect(jpeg, KIND));
        SanitizedImage sanitized = intake.sanitize(jpeg, KIND);
        assertEquals(800, sanitized.width());
        assertEquals(500, sanitized.height());
        BufferedImage decoded = decode(sanitized.jpeg());
        assertEquals(800, decoded.getWidth());
        assertEquals(500, decoded.getHeight());
    }

    @Test
    void acceptsPngAndFlattensTransparencyOntoWhite() throws IOException {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(320, 0, 320, 400);
        g.dispose();
        byte[] png = SyntheticPhotos.encode(image, "png");

        assertEquals(new ImageHeader("PNG", 640, 400), intake.inspect(png, KIND));
        SanitizedImage sanitized = intake.sanitize(png, KIND);
        assertEquals(640, sanitized.width());
        assertEquals(400, sanitized.height());
        BufferedImage decoded = decode(sanitized.jpeg());
        assertNear(0xFFFFFF, decoded.getRGB(100, 200));
        assertNear(0x0000FF, decoded.getRGB(500, 200));
    }

    @Test
    void acceptsPortraitPhotoOfACardBecauseMinimaApplyToLongerAndShorterSide() throws IOException {
        assertEquals(
                new ImageHeader("JPEG", 380, 600), intake.inspect(SyntheticPhotos.encode(card(380, 600), "jpg"), KIND));
    }

    @Test
    void toleratesZeroPaddingAfterJpegEoi() throws IOException {
        byte[] padded = concat(SyntheticPhotos.encode(card(800, 500), "jpg"), new byte[64]);

        assertEquals(800, intake.sanitize(padded, KIND).width());
    }

    @Test
    void acceptsJpegCarryingAnotherJpegInsideASegment() throws IOException {
        // Like an EXIF thumbnail: a whole JPEG, EOI included, before the real image data.
        byte[] embedded = SyntheticPhotos.encode(card(160, 100), "jpg");
        byte[] jpeg = insertSegment(SyntheticPhotos.encode(card(800, 500), "jpg"), 0xE5, embedded);

        assertEquals(800, intake.sanitize(jpeg, KIND).width());
    }

    // --- refused before decoding ------------------------------------------------------------

    @Test
    void refusesEmptyUpload() {
        assertRefused(Reason.EMPTY, new byte[0]);
        assertRefused(Reason.EMPTY, null);
    }

    @Test
    void refusesTextFileRenamedToJpg() {
        assertRefused(Reason.NOT_AN_IMAGE, "hello".getBytes(StandardCharsets.US_ASCII));
        assertRefused(Reason.NOT_AN_IMAGE, new byte[] {'h'});
    }

    @Test
    void refusesPdfZipAndHtml() throws IOException {
        assertRefused(Reason.NOT_AN_IMAGE, "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII));
        assertRefused(Reason.NOT_AN_IMAGE, zip());
        assertRefused(
                Reason.NOT_AN_IMAGE, "<!DOCTYPE html><html><body>hi</body></html>".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void refusesFileOverTheByteLimitWithTheLimitAsArgument() throws IOException {
        byte[] jpeg = SyntheticPhotos.encode(card(800, 500), "jpg");
        long limit = jpeg.length - 1;
        ImageIntake strict = new ImageIntake(IntakeLimits.defaults().withMaxBytes(limit), NO_QUALITY_CHECKS);

        DocumentRefusedException refused =
                assertThrows(DocumentRefusedException.class, () -> strict.inspect(jpeg, KIND));
        assertEquals(Reason.TOO_LARGE, refused.reason());
        assertEquals(List.of(limit), refused.messageArgs());
    }

    @Test
    void acceptsFileExactlyAtTheByteLimit() throws IOException {
        byte[] jpeg = SyntheticPhotos.encode(card(800, 500), "jpg");
        ImageIntake exact = new ImageIntake(IntakeLimits.defaults().withMaxBytes(jpeg.length), NO_QUALITY_CHECKS);

        assertEquals(800, exact.inspect(jpeg, KIND).width());
    }

    @Test
    void refusesPngWhoseHeaderClaimsAPixelFloodWithoutDecodingIt() throws IOException {
        byte[] bomb = png(ihdr(100_000, 100_000), chunk("IDAT", deflatedZeros()), chunk("IEND", new byte[0]));

        assertRefused(Reason.TOO_MANY_PIXELS, bomb);
        // Decoding 10^10 pixels would throw OutOfMemoryError, so reaching the refusal proves
        // the decoder never ran.
        assertEquals(
                Reason.TOO_MANY_PIXELS,
                assertThrows(DocumentRefusedException.class, () -> intake.sanitize(bomb, KIND))
                        .reason());
    }

    @ParameterizedTest
    @CsvSource({"10001, 400", "400, 10001", "9000, 9000"})
    void refusesEachPixelBound(int width, int height) throws IOException {
        assertRefused(
                Reason.TOO_MANY_PIXELS,
                png(ihdr(width, height), chunk("IDAT", deflatedZeros()), chunk("IEND", new byte[0])));
    }

    @Test
    void refusesImageTooSmallToReadWithTheMinimaAsArguments() throws IOException {
        DocumentRefusedException refused = assertThrows(
                DocumentRefusedException.class,
                () -> intake.inspect(SyntheticPhotos.encode(card(599, 400), "jpg"), KIND));
        assertEquals(Reason.TOO_SMALL, refused.reason());
        assertEquals(List.of(600, 380), refused.messageArgs());
        assertRefused(Reason.TOO_SMALL, SyntheticPhotos.encode(card(800, 379), "png"));
    }

    @Test
    void refusesJpegCutInHalfAsDamaged() throws IOException {
        byte[] jpeg = SyntheticPhotos.encode(noise(800, 500), "jpg");

        assertRefused(Reason.DAMAGED, Arrays.copyOf(jpeg, jpeg.length / 2));
    }

    @Test
    void refusesPngCutShortOrCorruptedAsDamaged() throws IOException {
        byte[] png = SyntheticPhotos.encode(noise(800, 500), "png");
        assertRefused(Reason.DAMAGED, Arrays.copyOf(png, png.length / 2));
        assertRefused(Reason.DAMAGED, Arrays.copyOf(png, png.length - 12));

        byte[] flipped = png.clone();
        flipped[png.length / 2] ^= 0x01;
        assertRefused(Reason.DAMAGED, flipped);
    }

    @Test
    void refusesJpegWithHtmlAppendedAfterEoi() throws IOException {
        byte[] html = "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.US_ASCII);

        assertRefused(Reason.TRAILING_DATA, concat(SyntheticPhotos.encode(card(800, 500), "jpg"), html));
    }

    @Test
    void refusesPngWithZipAppendedAfterIend() throws IOException {
        assertRefused(Reason.TRAILING_DATA, concat(SyntheticPhotos.encode(card(800, 500), "png"), zip()));
    }

    @Test
    void refusesSvgWithScript() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"500\">"
                + "<script>alert(1)</script></svg>";

        assertRefused(Reason.SVG, svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesSvgBehindByteOrderMarkAndXmlProlog() {
        String svg = "\n  <?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE svg>\n"
                + "<SVG xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></SVG>";
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, svg.getBytes(StandardCharsets.UTF_8));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, svg.getBytes(StandardCharsets.UTF_16LE));

        assertRefused(Reason.SVG, utf8);
        assertRefused(Reason.SVG, utf16);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gif", "bmp", "tiff"})
    void refusesOtherImageFormats(String format) throws IOException {
        byte[] image = SyntheticPhotos.encode(card(800, 500), format);
        assertTrue(image.length > 0, "ImageIO wrote no " + format);

        assertRefused(Reason.UNSUPPORTED_FORMAT, image);
    }

    @Test
    void refusesWebpAndHeicByTheirSignatures() {
        byte[] webp = concat(
                "RIFF".getBytes(StandardCharsets.US_ASCII),
                new byte[] {64, 0, 0, 0},
                "WEBPVP8 ".getBytes(StandardCharsets.US_ASCII),
                new byte[32]);
        byte[] heic = concat(
                new byte[] {0, 0, 0, 24},
                "ftypheic".getBytes(StandardCharsets.US_ASCII),
                new byte[] {0, 0, 0, 0},
                "mif1heic".getBytes(StandardCharsets.US_ASCII),
                new byte[32]);

        assertRefused(Reason.UNSUPPORTED_FORMAT, webp);
        assertRefused(Reason.UNSUPPORTED_FORMAT, heic);
    }

    // --- refused while decoding -------------------------------------------------------------

    @Test
    void refusesJpegWhoseImageDataEndsEarlyEvenWithAnEoi() throws IOException {
        byte[] jpeg = SyntheticPhotos.encode(noise(800, 500), "jpg");
        byte[] head = Arrays.copyOf(jpeg, jpeg.length / 2);
        if (head[head.length - 1] == (byte) 0xFF) {
            head = Arrays.copyOf(head, head.length - 1);
        }
        // Structurally complete, so only the decoder's "premature end" warning can catch it.
        byte[] truncatedButTerminated = concat(head, new byte[] {(byte) 0xFF, (byte) 0xD9});
        assertEquals("JPEG", intake.inspect(truncatedButTerminated, KIND).format());

        assertEquals(
                Reason.DAMAGED,
                assertThrows(DocumentRefusedException.class, () -> intake.sanitize(truncatedButTerminated, KIND))
                        .reason());
    }

    // --- decode budget ----------------------------------------------------------------------

    @Test
    void aValidPhotoIsAskedToComeAgainWhileTheBudgetIsSpentAndTakenAfter() throws IOException {
        var budget = new DecodeBudget(64L * 1024 * 1024, java.time.Duration.ofMillis(50));
        var shared = new ImageIntake(IntakeLimits.defaults(), NO_QUALITY_CHECKS, budget);
        byte[] png = SyntheticPhotos.encode(card(800, 500), "png");

        try (var other = budget.reserve(Long.MAX_VALUE)) {
            assertEquals(
                    Reason.BUSY,
                    assertThrows(DocumentRefusedException.class, () -> shared.sanitize(png, KIND))
                            .reason());
        }
        assertEquals(800, shared.sanitize(png, KIND).width());
        assertEquals(budget.capacity(), budget.available(), "given back after the decode");
    }

    @Test
    void aRefusedPhotoGivesItsBudgetBack() throws IOException {
        var budget = new DecodeBudget(64L * 1024 * 1024, java.time.Duration.ZERO);
        var strict = new ImageIntake(IntakeLimits.defaults(), QualityThresholds.defaults(), budget);
        byte[] flat = SyntheticPhotos.encode(new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB), "png");

        assertEquals(
                Reason.TOO_DARK,
                assertThrows(DocumentRefusedException.class, () -> strict.sanitize(flat, KIND))
                        .reason());
        assertEquals(budget.capacity(), budget.available());
    }

    @Test
    void theEstimateCoversTheDecodedPixels() throws IOException {
        // A flat 40-megapixel PNG is a few hundred KB but 120 MB of pixels: the estimate comes from the header.
        byte[] png = SyntheticPhotos.encode(new BufferedImage(8000, 5000, BufferedImage.TYPE_INT_RGB), "png");
        var header = intake.inspect(png, KIND);
        assertTrue(ImageIntake.decodeBytes(header, null, png) >= 8000L * 5000 * 3);
    }

    // --- orientation ------------------------------------------------------------------------

    /** The stored image is 800x400 with a red block in its top-left corner. */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, 800, 400, top-left",
        "2, 800, 400, top-right",
        "3, 800, 400, bottom-right",
        "4, 800, 400, bottom-left",
        "5, 400, 800, top-left",
        "6, 400, 800, top-right",
        "7, 400, 800, bottom-right",
        "8, 400, 800, bottom-left",
    })
    void appliesExifOrientation(int orientation, int width, int height, String redCorner) throws IOException {
        TiffOutputSet exif = new TiffOutputSet();
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
        byte[] jpeg = withExif(SyntheticPhotos.encode(redTopLeft(800, 400), "jpg"), exif);

        SanitizedImage sanitized = intake.sanitize(jpeg, KIND);

        assertEquals(width, sanitized.width());
        assertEquals(height, sanitized.height());
        BufferedImage upright = decode(sanitized.jpeg());
        assertEquals(width, upright.getWidth());
        for (String corner : List.of("top-left", "top-right", "bottom-left", "bottom-right")) {
            int x = corner.endsWith("left") ? MARKER / 2 : width - MARKER / 2;
            int y = corner.startsWith("top") ? MARKER / 2 : height - MARKER / 2;
            assertEquals(corner.equals(redCorner), isRed(upright.getRGB(x, y)), corner + " red?");
        }
        // The orientation tag itself is gone, so no viewer rotates the image a second time.
        assertNull(Imaging.getMetadata(sanitized.jpeg()));
    }

    // --- metadata removal -------------------------------------------------------------------

    @Test
    void removesGpsXmpAndCommentsFromJpeg() throws IOException {
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(100.5018, 13.7563);
        byte[] jpeg = withExif(SyntheticPhotos.encode(card(800, 500), "jpg"), exif);
        ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
        new JpegXmpRewriter()
                .updateXmpXml(
                        jpeg,
                        withXmp,
                        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                                + "<rdf:Description>XMP-SECRET-HOME-ADDRESS</rdf:Description></rdf:RDF></x:xmpmeta>");
        byte[] tagged =
                insertSegment(withXmp.toByteArray(), 0xFE, "COMMENT-SECRET-PHONE".getBytes(StandardCharsets.US_ASCII));
        // Guard the test itself: the input really carries all three.
        assertNotNull(
                ((JpegImageMetadata) Imaging.getMetadata(tagged)).getExif().getGpsInfo());
        assertTrue(Imaging.getXmpXml(tagged).contains("XMP-SECRET-HOME-ADDRESS"));
        assertTrue(contains(tagged, "COMMENT-SECRET-PHONE"));

        byte[] clean = intake.sanitize(tagged, KIND).jpeg();

        ImageMetadata metadata = Imaging.getMetadata(clean);
        assertTrue(metadata == null || ((JpegImageMetadata) metadata).getExif() == null, "EXIF survived");
        String xmp = Imaging.getXmpXml(clean);
        assertTrue(xmp == null || xmp.isEmpty(), "XMP survived");
        assertFalse(contains(clean, "XMP-SECRET-HOME-ADDRESS"));
        assertFalse(contains(clean, "COMMENT-SECRET-PHONE"));
        assertFalse(contains(clean, "Exif"));
        assertNull(Imaging.getIccProfileBytes(clean));
    }

    @Test
    void removesPngTextChunks() throws IOException {
        byte[] png = SyntheticPhotos.encode(card(800, 500), "png");
        byte[] text = concat(
                "Comment".getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {0},
                "PNG-SECRET-ID-NUMBER".getBytes(StandardCharsets.ISO_8859_1));
        // Right after the signature (8 bytes) and IHDR (25 bytes), where tEXt may legally go.
        byte[] withText = concat(Arrays.copyOf(png, 33), chunk("tEXt", text), Arrays.copyOfRange(png, 33, png.length));
        assertTrue(contains(withText, "PNG-SECRET-ID-NUMBER"));

        byte[] clean = intake.sanitize(withText, KIND).jpeg();

        assertFalse(contains(clean, "PNG-SECRET-ID-NUMBER"));
    }

    @Test
    void reportsSha256OfTheOutput() throws Exception {
        SanitizedImage sanitized = intake.sanitize(SyntheticPhotos.encode(card(800, 500), "jpg"), KIND);

        byte[] digest = MessageDigest.getInstance("SHA-256").digest(sanitized.jpeg());
        assertEquals(HexFormat.of().formatHex(digest), sanitized.sha256Hex());
        assertEquals(64, sanitized.sha256Hex().length());
    }

    @Test
    void outputIsABaselineJpegThatPassesInspection() throws IOException {
        byte[] out = intake.sanitize(SyntheticPhotos.encode(card(800, 500), "png"), KIND)
                .jpeg();

        assertEquals(new ImageHeader("JPEG", 800, 500), intake.inspect(out, KIND));
        assertFalse(Imaging.getImageInfo(out).isProgressive());
    }

    // --- limits -----------------------------------------------------------------------------

    @Test
    void limitsRejectNonsense() {
        Map<DocumentKind, MinimumSize> small = new EnumMap<>(DocumentKind.class);
        for (DocumentKind kind : DocumentKind.values()) {
            small.put(kind, new MinimumSize(10, 10));
        }
        assertEquals(100, new IntakeLimits(1, 100, 100, 10_000, 0, small).maxWidth());
        assertThrows(IllegalArgumentException.class, () -> new IntakeLimits(0, 100, 100, 10_000, 0, small));
        assertThrows(IllegalArgumentException.class, () -> new MinimumSize(10, 20));
        Map<DocumentKind, MinimumSize> tooLarge = new EnumMap<>(small);
        tooLarge.put(DocumentKind.FACE, new MinimumSize(200, 10));
        assertThrows(IllegalArgumentException.class, () -> new IntakeLimits(1, 100, 100, 10_000, 0, tooLarge));
        Map<DocumentKind, MinimumSize> missing = new EnumMap<>(small);
        missing.remove(DocumentKind.PASSBOOK);
        assertThrows(IllegalArgumentException.class, () -> new IntakeLimits(1, 100, 100, 10_000, 0, missing));
        assertThrows(IllegalArgumentException.class, () -> new IntakeLimits(1, 100, 100, 50, 0, small));
        assertEquals(new MinimumSize(600, 380), MinimumSize.parse(" 600x380 "));
        assertThrows(IllegalArgumentException.class, () -> MinimumSize.parse("600"));
    }

    @Test
    void reasonsMapToTheBundleKeysTheUiUses() {
        assertEquals("document.refused.empty", Reason.EMPTY.messageKey());
        assertEquals("document.refused.tooLarge", Reason.TOO_LARGE.messageKey());
        assertEquals("document.refused.notAnImage", Reason.NOT_AN_IMAGE.messageKey());
        assertEquals("document.refused.unsupportedFormat", Reason.UNSUPPORTED_FORMAT.messageKey());
        assertEquals("document.refused.svg", Reason.SVG.messageKey());
        assertEquals("document.refused.damaged", Reason.DAMAGED.messageKey());
        assertEquals("document.refused.trailingData", Reason.TRAILING_DATA.messageKey());
        assertEquals("document.refused.tooManyPixels", Reason.TOO_MANY_PIXELS.messageKey());
        assertEquals("document.refused.tooSmall", Reason.TOO_SMALL.messageKey());
    }

    // --- helpers ----------------------------------------------------------------------------

    private void assertRefused(Reason expected, byte[] bytes) {
        DocumentRefusedException refused =
                assertThrows(DocumentRefusedException.class, () -> intake.inspect(bytes, KIND));
        assertEquals(expected, refused.reason(), refused.getMessage());
        assertTrue(refused.getMessage().startsWith(expected.messageKey()));
    }

    private static BufferedImage card(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8F0FF));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.drawString("1 2345 67890 12 1", width / 4, height / 2);
        g.dispose();
        return image;
    }

    private static BufferedImage redTopLeft(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, MARKER, MARKER);
        g.dispose();
        return image;
    }

    /** Incompressible content, so that files are big and every byte matters to the decoder. */
    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static byte[] withExif(byte[] jpeg, TiffOutputSet exif) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(jpeg, out, exif);
        return out.toByteArray();
    }

    /** Inserts a JPEG segment right after SOI. */
    private static byte[] insertSegment(byte[] jpeg, int marker, byte[] payload) {
        int length = payload.length + 2;
        byte[] segment = concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
        return concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    private static byte[] png(byte[]... chunks) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        return concat(signature, concat(chunks));
    }

    private static byte[] ihdr(int width, int height) {
        // 8-bit truecolour, deflate, adaptive filtering, not interlaced.
        return chunk(
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put(new byte[] {8, 2, 0, 0, 0})
                        .array());
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(typeBytes)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    private static byte[] deflatedZeros() {
        Deflater deflater = new Deflater(9);
        deflater.setInput(new byte[1 << 16]);
        deflater.finish();
        byte[] buffer = new byte[1024];
        int length = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.jsp"));
            zip.write("<% Runtime.getRuntime().exec(request.getParameter(\"c\")); %>"
                    .getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 200 && g < 60 && b < 60;
    }

    /** JPEG is lossy, so colours are compared with a tolerance. */
    private static void assertNear(int expectedRgb, int actualRgb) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int expected = (expectedRgb >> shift) & 0xFF;
            int actual = (actualRgb >> shift) & 0xFF;
            assertTrue(
                    Math.abs(expected - actual) < 12,
                    String.format("expected ~#%06X, got #%06X", expectedRgb, actualRgb & 0xFFFFFF));
        }
    }
}

package io.trustmark.it;

import io.trustmark.document.domain.SyntheticPhotos;
import io.trustmark.identity.domain.NationalIdNumber;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/** Fresh members and images for tests, unique per run so tests never collide on a shared database. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    public static final String PASSWORD = "Correct-Horse-Battery-9";

    private TestData() {}

    public record Member(String username, String email, String idNumber) {}

    public static Member newMember(String prefix) {
        var name = (prefix + RUN + SEQUENCE.incrementAndGet()).toLowerCase();
        return new Member(name, name + "@example.test", thaiId());
    }

    /** A random, checksum-valid Thai national ID number. */
    public static String thaiId() {
        var random = ThreadLocalRandom.current();
        var first12 = new StringBuilder().append(1 + random.nextInt(8));
        for (int i = 1; i < 12; i++) {
            first12.append(random.nextInt(10));
        }
        return first12.toString() + NationalIdNumber.checkDigit(first12.toString());
    }

    /** A frontal "face" photo with enough detail for the intake's quality checks. */
    public static byte[] faceJpeg() {
        if (FacePhotos.fetched()) {
            // face: with the models fetched the deployment checks for one real face, so send one.
            return FacePhotos.selfie();
        }
        var image = new BufferedImage(800, 1000, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xD8DCE0));
        g.fillRect(0, 0, 800, 1000);
        g.setColor(new Color(0x2B1B12));
        g.fillOval(180, 120, 440, 420);
        g.setColor(new Color(0xE0B48C));
        g.fillOval(220, 200, 360, 480);
        g.setColor(Color.BLACK);
        g.fillOval(310, 380, 50, 30);
        g.fillOval(440, 380, 50, 30);
        g.drawLine(400, 420, 380, 520);
        g.drawArc(330, 540, 140, 60, 200, 140);
        g.setColor(new Color(0x35506B));
        g.fillRect(120, 700, 560, 300);
        texture(g, 800, 1000);
        g.dispose();
        return SyntheticPhotos.encode(image, "jpg");
    }

    /** A passbook page printing {@code accountName}. */
    public static byte[] passbookJpeg(String accountName) {
        var image = new BufferedImage(1100, 760, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xF4F1E8));
        g.fillRect(0, 0, 1100, 760);
        g.setColor(new Color(0x0B6B3A));
        g.fillRect(0, 0, 1100, 110);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
        g.drawString("SAVINGS ACCOUNT", 40, 75);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 38));
        g.drawString(accountName, 40, 220);
        g.drawString("123-4-56789-0", 40, 300);
        texture(g, 1100, 760);
        g.dispose();
        return SyntheticPhotos.encode(image, "jpg");
    }

    /** Fine detail, as any real photo has, so blur checks see a sharp image. */
    private static void texture(java.awt.Graphics2D g, int width, int height) {
        var random = new java.util.Random(42);
        for (int i = 0; i < 4000; i++) {
            g.setColor(new Color(random.nextInt(0xFFFFFF)));
            int x = random.nextInt(width);
            int y = random.nextInt(height);
            g.drawLine(x, y, x + random.nextInt(7) - 3, y + random.nextInt(7) - 3);
        }
    }

    /** A card-sized JPEG that passes the intake. */
    public static byte[] cardJpeg(String number) {
        var image = new BufferedImage(1000, 630, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(0xE8F0F8));
        g.fillRect(0, 0, 1000, 630);
        g.setColor(new Color(0x1B4F8A));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
        g.drawString("Thai National ID Card", 40, 80);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 48));
        g.drawString(number, 40, 200);
        g.setColor(Color.GRAY);
        g.fillRect(720, 260, 220, 280);
        texture(g, 1000, 630);
        g.dispose();
        return SyntheticPhotos.encode(image, "jpg");
    }

    /**
     * A PNG written by hand: an 8-bit RGB header claiming {@code width} × {@code height} pixels, then {@code idat} (the
     * compressed rows, as many or as few as the test wants) and the end, every chunk with its right CRC.
     */
    public static byte[] rgbPng(int width, int height, byte[] idat) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        var ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8) // bit depth
                .put((byte) 2) // colour type: RGB
                .put((byte) 0) // compression
                .put((byte) 0) // filter
                .put((byte) 0) // interlace
                .array();
        chunk(out, "IHDR", ihdr);
        chunk(out, "IDAT", idat);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

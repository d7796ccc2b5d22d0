package io.trustmark.it;

import io.trustmark.identity.domain.NationalIdNumber;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/** Fresh members and images for tests, unique per run so tests never collide on a shared database. */
public final class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

    public static final String PASSWORD = "Correct-Horse-Battery-9";

    private TestData() {
    }

    public record Member(String username, String email, String idNumber) {
    }

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
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

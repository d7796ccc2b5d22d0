package io.trustmark.membership.domain.reading;

import io.trustmark.identity.domain.MrzTd3;
import io.trustmark.identity.domain.NationalIdNumber;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Documents drawn by the project for the reading tests and the accuracy benchmark: a Thai ID card front (with the
 * religion line where the card prints it), a passport photo page whose machine-readable zone carries correct check
 * digits, and a passbook's first page. Every person on them is made up from a seed: no real person's document is
 * used anywhere. {@link #distort} then makes a photo of one as a phone takes it.
 */
public final class SyntheticDocuments {

    private SyntheticDocuments() {}

    /** What is printed on a generated document: the truth a reading is scored against. */
    public record Person(
            String number,
            String thaiTitle,
            String thaiGiven,
            String thaiSurname,
            String englishTitle,
            String englishGiven,
            String englishSurname,
            LocalDate birth,
            LocalDate expiry,
            String religion,
            String passportNumber) {}

    /** A drawn document and, for a card, where its religion value lies (in the image's pixels). */
    public record Drawn(BufferedImage image, Person person, Rectangle religion) {}

    private static final String[][] THAI_GIVEN = {
        {"สมชาย", "Somchai"}, {"ประเสริฐ", "Prasert"}, {"วิชัย", "Wichai"}, {"สุริยา", "Suriya"},
        {"อนุชา", "Anucha"}, {"ธนากร", "Thanakorn"}, {"กิตติ", "Kitti"}, {"ณรงค์", "Narong"}
    };
    private static final String[][] THAI_GIVEN_F = {
        {"สมหญิง", "Somying"}, {"มาลี", "Malee"}, {"วันเพ็ญ", "Wanpen"}, {"สุดา", "Suda"},
        {"กัญญา", "Kanya"}, {"รัตนา", "Rattana"}, {"พรทิพย์", "Porntip"}, {"นภา", "Napa"}
    };
    private static final String[][] THAI_SURNAMES = {
        {"ใจดี", "Jaidee"}, {"รักไทย", "Rakthai"}, {"ศรีสุข", "Srisuk"}, {"วงศ์ใหญ่", "Wongyai"},
        {"บุญมา", "Boonma"}, {"แก้วมณี", "Kaewmanee"}, {"ทองคำ", "Thongkham"}, {"สายบุญ", "Saiboon"}
    };
    private static final String[] RELIGIONS = {"พุทธ", "อิสลาม", "คริสต์", "ฮินดู", "ซิกข์"};
    private static final String[] THAI_MONTHS = {
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."
    };
    private static final String[] ENGLISH_MONTHS = {
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."
    };

    /** A made-up person for {@code seed}: a valid 13-digit number, names in both scripts, dates, a religion. */
    public static Person person(long seed) {
        var random = new Random(seed);
        var first12 = new StringBuilder().append(1 + random.nextInt(8));
        for (int i = 0; i < 11; i++) {
            first12.append(random.nextInt(10));
        }
        var number = first12.toString() + NationalIdNumber.checkDigit(first12.toString());
        boolean male = random.nextBoolean();
        var given = (male ? THAI_GIVEN : THAI_GIVEN_F)[random.nextInt(8)];
        var surname = THAI_SURNAMES[random.nextInt(THAI_SURNAMES.length)];
        var birth = LocalDate.of(1960 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
        var expiry = birth.withYear(2027 + random.nextInt(6)).minusDays(1);
        var passport = (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26))
                + (100000 + random.nextInt(900000));
        return new Person(
                number,
                male ? "นาย" : "นางสาว",
                given[0],
                surname[0],
                male ? "Mr." : "Miss",
                given[1],
                surname[1],
                birth,
                expiry,
                RELIGIONS[random.nextInt(RELIGIONS.length)],
                passport);
    }

    public static String thaiDate(LocalDate date) {
        return date.getDayOfMonth() + " " + THAI_MONTHS[date.getMonthValue() - 1] + " " + (date.getYear() + 543);
    }

    public static String englishDate(LocalDate date) {
        return date.getDayOfMonth() + " " + ENGLISH_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private static Graphics2D graphics(BufferedImage image) {
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        return g;
    }

    /**
     * The front of a Thai ID card, 1712 x 1080 (85.6 x 54 mm at 20 px/mm), laid out as the card is: the title,
     * the number, the Thai name, the English given name and surname, both birth dates, the religion under them,
     * the address, the issue and expiry dates at the bottom and the portrait on the right.
     */
    public static Drawn idCardFront(long seed) {
        return idCardFront(seed, person(seed).number());
    }

    /** {@link #idCardFront(long)} printed with {@code number} (a test member's registered one, say). */
    public static Drawn idCardFront(long seed, String number) {
        var s = person(seed);
        var p = new Person(
                number,
                s.thaiTitle(),
                s.thaiGiven(),
                s.thaiSurname(),
                s.englishTitle(),
                s.englishGiven(),
                s.englishSurname(),
                s.birth(),
                s.expiry(),
                s.religion(),
                s.passportNumber());
        var random = new Random(seed * 31 + 7);
        int w = 1712;
        int h = 1080;
        var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = graphics(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0xEAF1F8), w, h, new Color(0xF6ECF2)));
        g.fillRect(0, 0, w, h);
        // A faint guilloche, as the card's security print: light enough that it does not cross the letters.
        g.setColor(new Color(0xE3EAF2));
        for (int i = 0; i < 40; i++) {
            g.drawOval(900 + random.nextInt(200) - i * 10, 200 + i * 6, 700, 500);
        }
        var thai = "Garuda";
        g.setColor(new Color(0x1A1A1A));
        g.setFont(new Font(thai, Font.BOLD, 58));
        g.drawString("บัตรประจำตัวประชาชน", 300, 110);
        g.setFont(new Font(thai, Font.BOLD, 44));
        g.drawString("Thai National ID Card", 960, 110);
        g.setFont(new Font(thai, Font.PLAIN, 38));
        g.drawString("เลขประจำตัวประชาชน", 300, 200);
        g.drawString("Identification Number", 300, 245);
        g.setFont(new Font(thai, Font.BOLD, 64));
        g.drawString(NationalIdNumber.parse(p.number()).formatted(), 760, 230);
        g.setFont(new Font(thai, Font.PLAIN, 44));
        g.drawString("ชื่อตัวและชื่อสกุล  " + p.thaiTitle() + " " + p.thaiGiven() + " " + p.thaiSurname(), 160, 330);
        g.drawString("Name  " + p.englishTitle() + " " + p.englishGiven(), 300, 410);
        g.drawString("Last name  " + p.englishSurname(), 300, 480);
        g.drawString("เกิดวันที่  " + thaiDate(p.birth()), 300, 560);
        g.drawString("Date of Birth  " + englishDate(p.birth()), 300, 630);
        g.drawString("ศาสนา  ", 300, 715);
        int valueX = 300 + g.getFontMetrics().stringWidth("ศาสนา  ");
        g.drawString(p.religion(), valueX, 715);
        // Where the value's ink is (its glyphs' outline), not the font's whole line height.
        var religion = g.getFont()
                .createGlyphVector(g.getFontRenderContext(), p.religion())
                .getPixelBounds(g.getFontRenderContext(), valueX, 715);
        g.setFont(new Font(thai, Font.PLAIN, 36));
        g.drawString(
                "ที่อยู่  " + (1 + random.nextInt(200)) + " หมู่ที่ " + (1 + random.nextInt(12))
                        + " ต.บางรัก อ.เมือง จ.นนทบุรี",
                160,
                800);
        g.setFont(new Font(thai, Font.PLAIN, 34));
        var issue = p.expiry().minusYears(8).plusDays(1);
        g.drawString("วันออกบัตร  " + thaiDate(issue), 120, 905);
        g.drawString("Date of Issue  " + englishDate(issue), 120, 955);
        g.drawString("วันบัตรหมดอายุ  " + thaiDate(p.expiry()), 860, 905);
        g.drawString("Date of Expiry  " + englishDate(p.expiry()), 860, 955);
        portrait(g, random, 1310, 520, 330, 400);
        g.dispose();
        return new Drawn(image, p, religion);
    }

    private static void portrait(Graphics2D g, Random random, int x, int y, int w, int h) {
        g.setColor(new Color(0xC8D2DC));
        g.fillRect(x, y, w, h);
        g.setColor(new Color(150 + random.nextInt(60), 110 + random.nextInt(40), 90 + random.nextInt(30)));
        g.fillOval(x + w / 4, y + h / 8, w / 2, h / 2);
        g.fillRoundRect(x + w / 8, y + h * 5 / 8, w * 3 / 4, h / 2, w / 3, w / 3);
    }

    /** The two lines of a TD3 zone for {@code p}'s Thai passport, with correct check digits. */
    public static List<String> mrz(Person p) {
        var number = pad(p.passportNumber(), 9);
        var birth = yymmdd(p.birth());
        var expiry = yymmdd(p.expiry());
        var personal = pad(p.number(), 14);
        var line1 = pad(
                "P<THA" + p.englishSurname().toUpperCase(Locale.ROOT) + "<<"
                        + p.englishGiven().toUpperCase(Locale.ROOT),
                44);
        var line2 = number + MrzTd3.checkDigit(number) + "THA" + birth + MrzTd3.checkDigit(birth)
                + (p.englishTitle().equals("Mr.") ? "M" : "F") + expiry + MrzTd3.checkDigit(expiry) + personal
                + MrzTd3.checkDigit(personal);
        var composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
        return List.of(line1, line2 + MrzTd3.checkDigit(composite));
    }

    private static String pad(String s, int length) {
        return (s + "<".repeat(length)).substring(0, length);
    }

    private static String yymmdd(LocalDate d) {
        return String.format(Locale.ROOT, "%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    /** A passport photo page, 1760 x 1250 (88 x 125 mm / 2), with its zone at the bottom. */
    public static Drawn passportPage(long seed) {
        var p = person(seed);
        var random = new Random(seed * 17 + 3);
        int w = 1760;
        int h = 1250;
        var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = graphics(image);
        g.setPaint(new GradientPaint(0, 0, new Color(0xF3F0E4), w, h, new Color(0xE8EEF2)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x202020));
        g.setFont(new Font("Garuda", Font.BOLD, 44));
        g.drawString("หนังสือเดินทาง  PASSPORT", 560, 90);
        g.setFont(new Font("Garuda", Font.PLAIN, 34));
        int y = 190;
        for (var line : List.of(
                "Type P    Country code THA    Passport No. " + p.passportNumber(),
                "Surname  " + p.englishSurname().toUpperCase(Locale.ROOT),
                "Given name  " + p.englishGiven().toUpperCase(Locale.ROOT),
                "Nationality  THAI",
                "Date of birth  " + englishDate(p.birth()).toUpperCase(Locale.ROOT),
                "Date of expiry  " + englishDate(p.expiry()).toUpperCase(Locale.ROOT))) {
            g.drawString(line, 560, y);
            y += 85;
        }
        portrait(g, random, 90, 170, 400, 520);
        g.setColor(Color.WHITE);
        g.fillRect(0, 960, w, 290);
        g.setColor(Color.BLACK);
        g.setFont(new Font("DejaVu Sans Mono", Font.PLAIN, 54));
        var zone = mrz(p);
        g.drawString(zone.get(0), 40, 1060);
        g.drawString(zone.get(1), 40, 1160);
        g.dispose();
        return new Drawn(image, p, null);
    }

    /** Banks as a passbook prints them, with the code {@code ThaiBank} knows them by. */
    public static final String[][] BANKS = {
        {"ธนาคารกสิกรไทย", "KBANK"}, {"ธนาคารกรุงเทพ", "BBL"}, {"ธนาคารไทยพาณิชย์", "SCB"}, {"ธนาคารกรุงไทย", "KTB"}
    };

    /** The first page of a savings passbook: the bank, the account name in Thai, the account number. */
    public static Drawn passbook(long seed) {
        var p = person(seed);
        var random = new Random(seed * 13 + 5);
        var bank = BANKS[random.nextInt(BANKS.length)];
        int w = 1600;
        int h = 1000;
        var image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = graphics(image);
        g.setColor(new Color(0xFAFAF5));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x0B6E3B));
        g.fillRect(0, 0, w, 150);
        g.setColor(Color.WHITE);
        g.setFont(new Font("Garuda", Font.BOLD, 60));
        g.drawString(bank[0], 80, 100);
        g.setColor(new Color(0x1A1A1A));
        g.setFont(new Font("Garuda", Font.PLAIN, 44));
        g.drawString("บัญชีเงินฝากออมทรัพย์  Savings Account", 80, 260);
        g.drawString("ชื่อบัญชี  " + p.thaiTitle() + " " + p.thaiGiven() + " " + p.thaiSurname(), 80, 380);
        g.drawString(
                "เลขที่บัญชี  " + (100 + random.nextInt(900)) + "-" + random.nextInt(10) + "-"
                        + (10000 + random.nextInt(90000)) + "-" + random.nextInt(10),
                80,
                480);
        g.drawString("สาขา  นนทบุรี", 80, 580);
        g.dispose();
        return new Drawn(image, p, null);
    }

    /** The bank code printed on {@link #passbook(long)}'s page for {@code seed}. */
    public static String passbookBank(long seed) {
        return BANKS[new Random(seed * 13 + 5).nextInt(BANKS.length)][1];
    }

    /** Ways a phone photo differs from the drawing. */
    public enum Distortion {
        SCALE,
        PERSPECTIVE,
        BLUR,
        NOISE,
        GLARE,
        JPEG_QUALITY,
        SIDEWAYS
    }

    /**
     * The document photographed: placed on a table with a margin, scaled, then {@code distortion} applied. A
     * sideways photo is returned rotated with the EXIF orientation that turns it upright, by {@link #jpeg} with
     * {@code exifOrientation} 6 (the intake turns it back); here it is only the pixels.
     */
    public static BufferedImage distort(BufferedImage document, Distortion distortion, long seed) {
        var random = new Random(seed);
        return switch (distortion) {
            case SCALE -> scaled(onTable(document, random, 0), 0.55 + random.nextDouble() * 0.15);
            case PERSPECTIVE -> perspective(onTable(document, random, 0), random);
            case BLUR -> blur(onTable(document, random, 0));
            case NOISE -> noise(onTable(document, random, 0), random, 18);
            case GLARE -> glare(onTable(document, random, 0), random, 0.55 + random.nextDouble() * 0.25);
            case JPEG_QUALITY, SIDEWAYS -> onTable(document, random, 0);
        };
    }

    private static BufferedImage onTable(BufferedImage document, Random random, double degrees) {
        int margin = document.getWidth() / 10;
        var out = new BufferedImage(
                document.getWidth() + 2 * margin, document.getHeight() + 2 * margin, BufferedImage.TYPE_INT_RGB);
        var g = graphics(out);
        g.setColor(new Color(70 + random.nextInt(40), 55 + random.nextInt(30), 40 + random.nextInt(20)));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        var at = new AffineTransform();
        at.translate(margin, margin);
        double angle = degrees != 0 ? degrees : (random.nextDouble() * 3 - 1.5);
        at.rotate(Math.toRadians(angle), document.getWidth() / 2.0, document.getHeight() / 2.0);
        g.drawImage(document, at, null);
        g.dispose();
        return out;
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        int w = (int) (image.getWidth() * factor);
        int h = (int) (image.getHeight() * factor);
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = graphics(out);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** A keystone: the top edge narrower than the bottom, as when the phone leans back, drawn row by row. */
    private static BufferedImage perspective(BufferedImage image, Random random) {
        int w = image.getWidth();
        int h = image.getHeight();
        double squeeze = 0.06 + random.nextDouble() * 0.04;
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        var g = graphics(out);
        g.setColor(new Color(60, 50, 40));
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        for (int y = 0; y < h; y++) {
            double inset = squeeze * w * (1 - (double) y / h) / 2;
            g.drawImage(image, (int) inset, y, (int) (w - inset), y + 1, 0, y, w, y + 1, null);
        }
        g.dispose();
        return out;
    }

    private static BufferedImage blur(BufferedImage image) {
        float[] k = new float[9];
        java.util.Arrays.fill(k, 1f / 9);
        return new ConvolveOp(new Kernel(3, 3, k), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
    }

    private static BufferedImage noise(BufferedImage image, Random random, int amplitude) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int n = (int) (random.nextGaussian() * amplitude);
                int r = clamp(((rgb >> 16) & 255) + n);
                int gg = clamp(((rgb >> 8) & 255) + n);
                int b = clamp((rgb & 255) + n);
                image.setRGB(x, y, (r << 16) | (gg << 8) | b);
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /**
     * The document photographed on a table under a lamp whose reflection in the laminate lies over the card's number,
     * as {@link Distortion#GLARE} does, with the highlight's strength at its centre given: below 1 the digits under
     * it stay visible to a person, however pale; above 1 its middle is blown out to white and nobody could read what
     * was printed there.
     */
    public static BufferedImage glared(BufferedImage document, long seed, double peak) {
        var random = new Random(seed);
        return glare(onTable(document, random, 0), random, peak);
    }

    /**
     * A lamp reflected in the laminate: light added over part of the card, strongest at the centre of a soft oval
     * and fading out, so ink and paper alike are lifted towards white by {@code peak} (0..1) of the way there at
     * the centre. Placed over the number's line (its right half), where a reflection hurts reading most.
     */
    private static BufferedImage glare(BufferedImage image, Random random, double peak) {
        int w = image.getWidth();
        int h = image.getHeight();
        double cx = w * (0.52 + random.nextDouble() * 0.16);
        double cy = h * (0.2 + random.nextDouble() * 0.1);
        double rx = w * (0.12 + random.nextDouble() * 0.06);
        double ry = rx * (0.5 + random.nextDouble() * 0.3);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - cx) / rx;
                double dy = (y - cy) / ry;
                double a = Math.min(1, peak * Math.exp(-(dx * dx + dy * dy)));
                if (a < 0.004) {
                    continue;
                }
                int rgb = image.getRGB(x, y);
                int r = (int) Math.round(((rgb >> 16) & 255) * (1 - a) + 255 * a);
                int g = (int) Math.round(((rgb >> 8) & 255) * (1 - a) + 255 * a);
                int b = (int) Math.round((rgb & 255) * (1 - a) + 255 * a);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return image;
    }

    /** The image as a JPEG of {@code quality} (0..1). */
    public static byte[] jpeg(BufferedImage image, float quality) {
        try (var out = new ByteArrayOutputStream();
                var stream = new MemoryCacheImageOutputStream(out)) {
            var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
            writer.dispose();
            stream.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

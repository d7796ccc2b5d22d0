package io.trustmark.document.domain;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.util.List;

/**
 * The Thai copy practice, done by the system: every image shown to a reviewer carries diagonal bands,
 * each between two lines, reading "for Trustmark verification only" with the date, in Thai and English.
 * A screenshot or a leaked copy is then useless for anything else and tells when it was taken. Only the
 * copy that is shown is stamped; the stored image never changes.
 *
 * <p>The fonts travel with the application (Noto Sans and Noto Sans Thai, SIL Open Font License), so
 * the Thai line renders on a server without any Thai font installed.
 */
public final class PurposeStamp {

    private static final Font LATIN = font("NotoSans-Bold.ttf");
    private static final Font THAI = font("NotoSansThai-Bold.ttf");
    private static final Color INK = new Color(176, 0, 32);
    private static final double ANGLE = Math.toRadians(-30);

    private PurposeStamp() {}

    /**
     * Returns a stamped copy of {@code image}.
     *
     * @param lines the texts of one band, top to bottom (the Thai and the English sentence)
     */
    public static BufferedImage apply(BufferedImage image, List<String> lines) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            double diagonal = Math.hypot(w, h);
            float size = (float) Math.max(12, diagonal / 48);
            FontRenderContext frc = g.getFontRenderContext();
            List<TextLayout> layouts = lines.stream()
                    .map(line -> new TextLayout(attributed(line, size).getIterator(), frc))
                    .toList();
            float lineHeight = size * 1.5f;
            float bandHeight = lineHeight * layouts.size() + size;
            g.translate(w / 2.0, h / 2.0);
            g.rotate(ANGLE);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
            g.setColor(INK);
            g.setStroke(new BasicStroke(Math.max(1f, size / 10)));
            // Bands every third of the diagonal: cropping cannot cut the mark away.
            double spacing = Math.max(bandHeight * 2.5, diagonal / 3);
            for (double y = -diagonal / 2; y <= diagonal / 2; y += spacing) {
                double top = y - bandHeight / 2;
                g.draw(new java.awt.geom.Line2D.Double(-diagonal / 2, top, diagonal / 2, top));
                g.draw(new java.awt.geom.Line2D.Double(
                        -diagonal / 2, top + bandHeight, diagonal / 2, top + bandHeight));
                for (int i = 0; i < layouts.size(); i++) {
                    TextLayout layout = layouts.get(i);
                    float baseline = (float) (top + size * 0.5f + lineHeight * (i + 1) - (lineHeight - size) / 2);
                    float advance = layout.getAdvance() + size * 3;
                    // Repeated along the band so it crosses the whole picture at any aspect ratio.
                    for (double x = -diagonal / 2; x < diagonal / 2; x += advance) {
                        layout.draw(g, (float) x, baseline);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Thai characters in the Thai font, everything else in the Latin one: neither covers both. */
    private static AttributedString attributed(String line, float size) {
        AttributedString text = new AttributedString(line);
        Font latin = LATIN.deriveFont(size);
        Font thai = THAI.deriveFont(size);
        int start = 0;
        for (int i = 1; i <= line.length(); i++) {
            if (i == line.length() || isThai(line.charAt(i)) != isThai(line.charAt(start))) {
                text.addAttribute(TextAttribute.FONT, isThai(line.charAt(start)) ? thai : latin, start, i);
                start = i;
            }
        }
        return text;
    }

    private static boolean isThai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    private static Font font(String name) {
        try (InputStream in = PurposeStamp.class.getResourceAsStream("/io/trustmark/document/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font " + name + " is missing from the application");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font " + name + " is damaged", e);
        }
    }
}

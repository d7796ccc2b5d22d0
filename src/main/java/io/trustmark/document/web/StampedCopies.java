package io.trustmark.document.web;

import io.trustmark.document.application.DocumentVault.OpenedDocument;
import io.trustmark.document.domain.PurposeStamp;
import io.trustmark.platform.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Turns an opened document into the stamped copy a reviewer sees (see {@link PurposeStamp}). */
@ApplicationScoped
public class StampedCopies {

    private static final ZoneId THAILAND = ZoneId.of("Asia/Bangkok");

    @Inject
    Clock clock;

    public OpenedDocument stamped(OpenedDocument document) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(document.bytes()));
            if (image == null) {
                throw new IllegalStateException("Stored document " + document.id() + " is not a readable JPEG");
            }
            var stamped = PurposeStamp.apply(image, lines(LocalDate.now(clock.withZone(THAILAND))));
            return new OpenedDocument(document.id(), "image/jpeg", jpeg(stamped));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thai and English whatever the reviewer's language: the copy may travel further than the reviewer. */
    static List<String> lines(LocalDate date) {
        return List.of(text(Locale.forLanguageTag("th"), date), text(Locale.ROOT, date));
    }

    private static String text(Locale locale, LocalDate date) {
        var bundle = ResourceBundle.getBundle(Texts.BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
        return new java.text.MessageFormat(bundle.getString("document.stamp"), locale).format(new Object[] {date.toString()});
    }

    private static byte[] jpeg(java.awt.image.BufferedImage image) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        var out = new ByteArrayOutputStream();
        try (var stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}

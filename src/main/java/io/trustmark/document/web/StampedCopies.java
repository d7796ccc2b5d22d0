package io.trustmark.document.web;

import io.trustmark.document.application.DocumentVault.OpenedDocument;
import io.trustmark.document.domain.ImageIntake;
import io.trustmark.document.domain.PurposeStamp;
import io.trustmark.platform.domain.Languages;
import io.trustmark.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;

/** Turns an opened document into the stamped copy a reviewer sees (see {@link PurposeStamp}). */
@ApplicationScoped
public class StampedCopies {

    /** The reviewer's copy needs no more: it is looked at, not archived. */
    private static final float QUALITY = 0.85f;

    @Inject
    Clock clock;

    public OpenedDocument stamped(OpenedDocument document) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(document.bytes()));
            if (image == null) {
                throw new IllegalStateException("Stored document " + document.id() + " is not a readable JPEG");
            }
            var stamped = PurposeStamp.apply(image, lines(LocalDate.now(clock.withZone(Languages.ZONE))));
            return new OpenedDocument(document.id(), "image/jpeg", ImageIntake.encodeJpeg(stamped, QUALITY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thai and English whatever the reviewer's language: the copy may travel further than the reviewer. */
    static List<String> lines(LocalDate date) {
        return List.of(
                Texts.text(Languages.THAI, "document.stamp", Languages.date(date, Languages.THAI)),
                Texts.text(Languages.ENGLISH, "document.stamp", Languages.date(date, Languages.ENGLISH)));
    }
}

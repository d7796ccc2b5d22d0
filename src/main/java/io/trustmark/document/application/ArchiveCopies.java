package io.trustmark.document.application;

import io.trustmark.document.domain.DocumentKind;
import io.trustmark.document.domain.ImageIntake;
import io.trustmark.document.domain.PurposeStamp;
import io.trustmark.platform.domain.Languages;
import io.trustmark.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The member's own images for their archive (My data), each a stamped copy: the same bands as the reviewers' copy
 * ({@link PurposeStamp}), reading "copy for &lt;member&gt; – date – not valid for any other use", so a copy that
 * leaks from the member's computer cannot pass as a clean scan of their card.
 */
@ApplicationScoped
public class ArchiveCopies {

    private static final float QUALITY = 0.85f;

    @Inject
    DocumentVault vault;

    @Inject
    Clock clock;

    /** A stamped JPEG of one of the member's images. */
    public record Copy(Long documentId, DocumentKind kind, byte[] jpeg) {}

    /** Stamped copies of the signed-in member's images that still exist; {@code holder} is named on the band. */
    @Transactional
    public List<Copy> stampedOwn(String holder) {
        var lines = lines(holder, LocalDate.now(clock.withZone(Languages.ZONE)));
        var copies = new ArrayList<Copy>();
        for (var image : vault.openOwn()) {
            try {
                var picture = ImageIO.read(new ByteArrayInputStream(image.bytes()));
                if (picture == null) {
                    throw new IllegalStateException("Stored document " + image.id() + " is not a readable image");
                }
                var stamped = PurposeStamp.apply(picture, lines);
                copies.add(new Copy(image.id(), image.kind(), ImageIntake.encodeJpeg(stamped, QUALITY)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copies;
    }

    /** Thai and English, whatever the member's language, like the reviewers' copy. */
    static List<String> lines(String holder, LocalDate date) {
        return List.of(
                Texts.text(Languages.THAI, "document.stamp.archive", holder, Languages.date(date, Languages.THAI)),
                Texts.text(
                        Languages.ENGLISH, "document.stamp.archive", holder, Languages.date(date, Languages.ENGLISH)));
    }
}

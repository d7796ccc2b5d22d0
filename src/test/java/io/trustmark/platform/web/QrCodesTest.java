package io.trustmark.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A QR code (as on the wizard's photos step) reads back as the link, as a phone's camera would read it. */
class QrCodesTest {

    @Test
    void theCodeReadsBackAsTheLink() throws Exception {
        // As long as a phone hand-off link: a token of 32 random bytes, base64url.
        var token = new byte[32];
        new SecureRandom().nextBytes(token);
        var link = "https://forum.example/handoff?t="
                + Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        var uri = QrCodes.pngDataUri(link);
        assertTrue(uri.startsWith("data:image/png;base64,"));
        var image =
                ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
        assertTrue(image.getWidth() >= 200 && image.getWidth() <= 400, "about 270 px: " + image.getWidth());
        var pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertEquals(link, new QRCodeReader().decode(bitmap).getText());
    }
}

package io.trustmark.document.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The QR code on the wizard's photos step reads back as the link, as a phone's camera would read it. */
class QrCodesTest {

    @Test
    void theCodeReadsBackAsTheLink() throws Exception {
        var link = "https://forum.example/handoff?t=" + io.trustmark.document.domain.HandoffToken.generate();
        var uri = QrCodes.pngDataUri(link);
        assertTrue(uri.startsWith("data:image/png;base64,"));
        var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1))));
        assertTrue(image.getWidth() >= 200 && image.getWidth() <= 400, "about 270 px: " + image.getWidth());
        var pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertEquals(link, new QRCodeReader().decode(bitmap).getText());
    }
}

package io.trustmark.document.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.platform.domain.Languages;
import jakarta.servlet.ServletException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OversizedUploadFilterTest {

    @Test
    void theContainersSizeRefusalIsRecognisedWhereverItIsWrapped() {
        assertTrue(OversizedUploadFilter.isSizeRefusal(new IllegalStateException("over max-request-size")));
        assertTrue(OversizedUploadFilter.isSizeRefusal(new RuntimeException(
                "Error in multipart initialization", new IllegalStateException(new SizeException()))));
        assertTrue(OversizedUploadFilter.isSizeRefusal(new ServletException(new SizeException())));
    }

    @Test
    void theCeilingIsTheOneInWebXml() throws Exception {
        var webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        assertTrue(
                webXml.contains("<max-request-size>" + OversizedUploadFilter.MAX_REQUEST_BYTES + "</max-request-size>"),
                "web.xml's multipart-config and OversizedUploadFilter.MAX_REQUEST_BYTES must agree");
    }

    @Test
    void otherFaultsAreLeftToThePage() {
        assertFalse(OversizedUploadFilter.isSizeRefusal(new RuntimeException("broken boundary")));
        assertFalse(OversizedUploadFilter.isSizeRefusal(new ServletException("not multipart")));
    }

    @Test
    void thePageSpeaksTheReadersLanguageAndEscapesWhatItRepeats() {
        var page = OversizedUploadFilter.page(
                Languages.THAI, "ไฟล์ใหญ่เกินไป รับรูปขนาดไม่เกิน 10 MB", "/trustmark/handoff?t=a\"><script>&x=1");
        assertTrue(page.startsWith("<!DOCTYPE html><html lang=\"th\">"), page);
        assertTrue(page.contains("<p role=\"alert\">ไฟล์ใหญ่เกินไป รับรูปขนาดไม่เกิน 10 MB</p>"), page);
        assertTrue(page.contains("href=\"/trustmark/handoff?t=a&quot;&gt;&lt;script&gt;&amp;x=1\">ย้อนกลับ</a>"), page);
        assertFalse(page.contains("<script>"), page);
    }

    /** Named like the container's own (org.apache.catalina.fileupload.SizeException), which is not on this path. */
    private static final class SizeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}

package io.trustmark.notification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailContentTest {

    private static final String LINK = "https://forum.example/account/confirm?token=a&b=1";

    private static MailContent mail(String reason) {
        return MailContent.builder(Locale.forLanguageTag("th"), "คำขอของคุณ <ไม่ได้รับการอนุมัติ>")
                .paragraphs("สวัสดีคุณ somchai\n\nเปิดลิงก์นี้:\n" + LINK + "\n\n\n")
                .quote(reason)
                .heading("คำขอเป็นสมาชิกยืนยันตัวตน")
                .facts(List.of(
                        new MailContent.Fact("ส่งคำขอ", "3 พ.ย. 2569 14:15"),
                        new MailContent.Fact("ไม่อนุมัติ", "4 พ.ย. 2569 09:00")))
                .build();
    }

    @Test
    void theTextPartSaysEverythingPlainly() {
        var text = mail("Blurred <b>photo</b>\nsee http://evil.example").text();
        assertEquals("""
                สวัสดีคุณ somchai

                เปิดลิงก์นี้:
                %s

                > Blurred <b>photo</b>
                > see http://evil.example

                คำขอเป็นสมาชิกยืนยันตัวตน
                -------------------------

                ส่งคำขอ: 3 พ.ย. 2569 14:15
                ไม่อนุมัติ: 4 พ.ย. 2569 09:00""".formatted(LINK), text);
    }

    @Test
    void theHtmlPartSaysTheSameWithWhatMembersWroteEscaped() {
        var html = mail("<script>alert(1)</script> & \"quotes\"\nsee http://evil.example")
                .html();
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"th\">"), html);
        assertTrue(html.contains("<title>คำขอของคุณ &lt;ไม่ได้รับการอนุมัติ&gt;</title>"), html);
        assertTrue(html.contains("<p>สวัสดีคุณ somchai</p>"), html);
        assertTrue(
                html.contains(
                        "<p>เปิดลิงก์นี้:<br>\n<a href=\"https://forum.example/account/confirm?token=a&amp;b=1\""),
                html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;"), html);
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("href=\"http://evil.example"), "a link in someone's words is never made clickable");
        assertTrue(
                html.contains("<th scope=\"row\" style=\"")
                        && html.contains(">ส่งคำขอ</th><td style=\"padding:2px 0\">3 พ.ย. 2569 14:15</td>"),
                html);
        assertTrue(html.contains(">คำขอเป็นสมาชิกยืนยันตัวตน</h2>"), html);
    }

    @Test
    void noEmptyBlocks() {
        var mail = MailContent.builder(Locale.ENGLISH, "s")
                .paragraphs("\n\n  \n\nOnly this.\n\n")
                .facts(List.of())
                .build();
        assertEquals("Only this.", mail.text());
        assertEquals(1, mail.html().split("<p>", -1).length - 1);
    }
}

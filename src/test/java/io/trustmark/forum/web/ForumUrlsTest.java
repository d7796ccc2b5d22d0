package io.trustmark.forum.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ForumUrlsTest {

    private final ForumUrls urls = new ForumUrls();

    @Test
    void boardsAndThreadsHaveReadablePaths() {
        assertEquals("/forum/", urls.home());
        assertEquals("/forum/general", urls.board("general"));
        assertEquals("/forum/t/482/selling-my-camera", urls.thread(482, "Selling my camera!"));
    }

    @Test
    void thaiSlugIsPercentEncodedUtf8() {
        assertEquals("/forum/t/7/%E0%B8%82%E0%B8%B2%E0%B8%A2-canon", urls.thread(7, "ขาย Canon"));
    }

    @Test
    void titleWithoutWordsGivesTheIdAlone() {
        assertEquals("/forum/t/9", urls.thread(9, "?!"));
    }

    @Test
    void firstPageIsTheListItselfAndLaterPagesAskForTheirNumber() {
        assertEquals("/forum/general", urls.page("/forum/general", 1));
        assertEquals("/forum/general?page=2", urls.page("/forum/general", 2));
        assertEquals("/forum/t/482/x?page=3", urls.page("/forum/t/482/x", 3));
    }
}

package io.trustmark.forum.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void anEmptyListStillHasItsFirstPage() {
        assertTrue(Page.holds(1, 0, 20));
        assertFalse(Page.holds(2, 0, 20));
    }

    @Test
    void pagesPastTheEndOrBelowOneAreNoPages() {
        assertTrue(Page.holds(2, 21, 20));
        assertFalse(Page.holds(3, 40, 20));
        assertFalse(Page.holds(0, 40, 20));
        assertFalse(Page.holds(-1, 40, 20));
        // So large that (page - 1) * size would overflow an int offset.
        assertFalse(Page.holds(Integer.MAX_VALUE, 40, 20));
    }

    @Test
    void aPageKnowsWhetherItExists() {
        assertTrue(new Page<>(List.of(), 1, 20, 0).exists());
        assertFalse(new Page<>(List.of(), 5, 20, 30).exists());
    }
}

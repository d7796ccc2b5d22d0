package io.trustmark.document.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StampedCopiesTest {

    @Test
    void theStampsThaiLineCountsBuddhistEraYears() {
        assertEquals(
                List.of(
                        "ใช้เพื่อการยืนยันตัวตนกับ Trustmark เท่านั้น — 6 ธ.ค. 2569",
                        "For Trustmark verification only — Dec 6, 2026"),
                StampedCopies.lines(LocalDate.of(2026, 12, 6)));
    }
}

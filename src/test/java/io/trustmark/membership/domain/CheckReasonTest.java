package io.trustmark.membership.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckReasonTest {

    @Test
    void reasonsSurviveTheirColumn() {
        var reasons = List.of(
                CheckReason.of("check.name.surnameDiffers", "ใจดี", "ใจดีย์"),
                CheckReason.of("check.expiry.valid", "2030-01-01"),
                CheckReason.of("check.face.compare"),
                CheckReason.of("check.empty.arg", ""));

        assertEquals(reasons, CheckReason.decode(CheckReason.encode(reasons)));
    }

    @Test
    void noReasonsIsAnEmptyList() {
        assertEquals(List.of(), CheckReason.decode(CheckReason.encode(List.of())));
        assertEquals(List.of(), CheckReason.decode(null));
    }
}

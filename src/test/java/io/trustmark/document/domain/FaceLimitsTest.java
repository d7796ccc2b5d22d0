package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.trustmark.document.domain.DocumentRefusedException.Reason;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaceLimitsTest {

    private final FaceLimits limits = new FaceLimits(0.15, 25, 25, 25, 0.95, 0.01);

    private static FaceLimits.Findings findings(float[] widths, double yaw, double[] eyes, double live) {
        return new FaceLimits.Findings(widths, 1000, yaw, 0, 0, eyes, live);
    }

    private static final double[] OPEN = {0.01, 0.02};

    @Test
    void one_large_frontal_face_with_open_eyes_is_taken() {
        assertEquals(Optional.empty(), limits.refusal(findings(new float[] {400}, 5, OPEN, 0.9)));
    }

    @Test
    void refuses_in_the_order_a_member_can_act_on() {
        assertEquals(Optional.of(Reason.FACE_NONE), limits.refusal(findings(new float[] {}, 0, OPEN, 1)));
        assertEquals(Optional.of(Reason.FACE_SEVERAL), limits.refusal(findings(new float[] {400, 300}, 40, OPEN, 0)));
        assertEquals(Optional.of(Reason.FACE_TOO_SMALL), limits.refusal(findings(new float[] {100}, 0, OPEN, 1)));
        assertEquals(Optional.of(Reason.FACE_NOT_FRONTAL), limits.refusal(findings(new float[] {400}, -30, OPEN, 1)));
        assertEquals(
                Optional.of(Reason.FACE_EYES),
                limits.refusal(findings(new float[] {400}, 0, new double[] {0.99, 0.97}, 1)));
        assertEquals(Optional.of(Reason.FACE_SCREEN), limits.refusal(findings(new float[] {400}, 0, OPEN, 0.005)));
    }

    @Test
    void a_small_face_far_behind_is_no_second_face_and_one_closed_eye_is_a_wink() {
        assertEquals(Optional.empty(), limits.refusal(findings(new float[] {400, 100}, 0, OPEN, 1)));
        assertEquals(Optional.empty(), limits.refusal(findings(new float[] {400}, 0, new double[] {0.99, 0.1}, 1)));
    }

    @Test
    void bands_split_at_the_two_cut_offs() {
        assertEquals(FaceBand.VERY_LIKELY_SAME, FaceBand.of(0.45, 0.45, 0.25));
        assertEquals(FaceBand.UNSURE, FaceBand.of(0.3, 0.45, 0.25));
        assertEquals(FaceBand.LIKELY_DIFFERENT, FaceBand.of(0.1, 0.45, 0.25));
        assertThrows(IllegalArgumentException.class, () -> FaceBand.of(0.3, 0.2, 0.4));
    }
}

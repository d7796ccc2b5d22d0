package io.trustmark.review.domain;

import io.trustmark.membership.domain.CheckCode;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the automatic checks found that a reviewer may want to look at first. Each flag is raised by a
 * check result other than PASS for one of its check codes (the rows written when a request is submitted).
 */
public enum QueueFlag {
    NUMBER_MISMATCH(EnumSet.of(CheckCode.NUMBER_MATCH, CheckCode.CHECKSUM, CheckCode.MRZ)),
    NAME_MISMATCH(EnumSet.of(CheckCode.PASSBOOK_NAME)),
    IMAGE_REUSED(EnumSet.of(CheckCode.IMAGE_REUSE)),
    DUPLICATE_ID(EnumSet.of(CheckCode.DUPLICATE_ID)),
    /** The photo and the typed data disagree (or the photo could not be read): machine reading's evidence. */
    READ_DISAGREES(EnumSet.of(CheckCode.READ_FROM_PHOTO)),
    /**
     * The face aid could not call the selfie very likely the person on the card (unsure, likely different, or no face
     * found to compare). Raised by the comparison the face aid keeps (face_comparison), not by a check row: the
     * comparison finishes on a worker, often after the request was sent.
     */
    FACE_DOUBT(EnumSet.noneOf(CheckCode.class));

    private final Set<String> checkCodes;

    QueueFlag(Set<CheckCode> checkCodes) {
        this.checkCodes = checkCodes.stream().map(CheckCode::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The names of the checks, as stored in request_check.code. */
    public Set<String> checkCodes() {
        return checkCodes;
    }

    /** The flag a failed or doubtful check raises, if any. */
    public static QueueFlag forCheck(String code) {
        for (var flag : values()) {
            if (flag.checkCodes.contains(code)) {
                return flag;
            }
        }
        return null;
    }
}

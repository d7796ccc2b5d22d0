package io.trustmark.membership.domain;

import io.trustmark.account.domain.Account;
import io.trustmark.identity.domain.IdentityNumberException;
import io.trustmark.identity.domain.NationalIdNumber;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Whether what ThaID asserts makes the member a Citizen at once: the token's {@code pid} must be the number
 * the member registered with, and ThaID must have proofed the person at least at the configured identity
 * assurance level. Whether the member may become a Citizen now at all (final refusals, cool-downs, an open
 * request) is {@link EligibilityPolicy}'s rule, asked before this one.
 */
public final class ThaIdRule {

    /** The outcome of one ThaID sign-in for the member; each names the message the member reads. */
    public enum Outcome {
        VERIFIED("thaid.verified"),
        /** Someone else's ThaID, or a mistyped number at sign-up: no tier, the admins are told. */
        PID_DIFFERS("thaid.pidDiffers"),
        IAL_TOO_LOW("thaid.ialTooLow");

        private final String messageKey;

        Outcome(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private ThaIdRule() {}

    public static Outcome judge(Account member, ThaIdIdentity identity, BigDecimal minimumIal) {
        Objects.requireNonNull(minimumIal);
        if (!member.isThai() || !samePerson(member.getIdNumber(), identity.pid())) {
            return Outcome.PID_DIFFERS;
        }
        if (identity.ial() == null || identity.ial().compareTo(minimumIal) < 0) {
            return Outcome.IAL_TOO_LOW;
        }
        return Outcome.VERIFIED;
    }

    /** The two numbers after folding (spaces, dashes, Thai digits): a pid that is no valid ID number names nobody. */
    static boolean samePerson(String registered, String pid) {
        try {
            return NationalIdNumber.parse(pid).digits().equals(registered);
        } catch (IdentityNumberException e) {
            return false;
        }
    }
}

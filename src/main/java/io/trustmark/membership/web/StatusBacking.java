package io.trustmark.membership.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.membership.application.MembershipQueries;
import io.trustmark.membership.domain.NextStep;
import io.trustmark.membership.domain.RequestProgress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * /member/status: the member's requests with what happened to each, when to expect an answer, and what
 * to do next. Everything here is also in the mails about the request.
 */
@Named
@RequestScoped
public class StatusBacking {

    @Inject
    MembershipQueries status;

    @Inject
    CurrentMember member;

    @Inject
    Clock clock;

    private List<RequestProgress> history;
    private NextStep.Advice next;

    public List<RequestProgress> getHistory() {
        if (history == null) {
            history = status.history(member.account().orElseThrow());
        }
        return history;
    }

    public NextStep getNext() {
        return advice().step();
    }

    /** The next step in words; for one held back by eligibility, the reason. */
    public String getNextText() {
        return MembershipQueries.text(advice(), Faces.getLocale());
    }

    private NextStep.Advice advice() {
        if (next == null) {
            next = status.next(member.account().orElseThrow());
        }
        return next;
    }

    /** Whether the next step is done on the verification page, so the page links there. */
    public boolean isVerifyLinked() {
        return switch (getNext()) {
            case APPLY, APPLY_WITH_PASSPORT, BECOME_TRUSTED, FIX_AND_SEND_AGAIN, SEND_AGAIN, WAIT -> true;
            default -> false;
        };
    }

    public boolean overdue(RequestProgress progress) {
        return progress.overdue(Instant.now(clock));
    }

    public int getSlaHours() {
        return status.slaHours();
    }
}

package io.trustmark.membership.application;

import io.trustmark.membership.domain.NextStep;
import io.trustmark.membership.domain.VerificationRequest;
import io.trustmark.notification.application.Mailer;
import io.trustmark.notification.domain.MailContent;
import io.trustmark.platform.domain.Languages;
import io.trustmark.platform.i18n.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every mail about a verification request goes through here, so each one tells the member the same
 * facts as the status page: what happened when, when to expect an answer, what to do next, and where
 * to follow it. Written in the member's own language.
 */
@ApplicationScoped
public class RequestMails {

    @Inject
    Mailer mailer;

    @Inject
    MembershipQueries status;

    @Inject
    EligibilityService eligibilities;

    @Inject
    @ConfigProperty(name = "trustmark.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    /**
     * Queues mail {@code kind} ({@code mail.<kind>.subject} and {@code .body}, with the member's name as
     * {0}, the requested tier as {1} and {@code more} after them) about {@code request} to its member. The
     * reviewer's words, when there are any, follow the body as a quote.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(VerificationRequest request, String kind, Object... more) {
        var member = request.getAccount();
        var locale = member.locale();
        var progress = status.progress(request);
        var tier = Texts.text(locale, "tier." + progress.tier().name());
        var args = new Object[2 + more.length];
        args[0] = member.getUsername();
        args[1] = tier;
        System.arraycopy(more, 0, args, 2, more.length);
        var mail = mailer.compose(locale, kind, args);
        if (progress.reason() != null) {
            mail.quote(progress.reason());
        }
        var facts = new ArrayList<MailContent.Fact>();
        for (var step : progress.steps()) {
            facts.add(new MailContent.Fact(
                    Texts.text(locale, "progress.step." + step.kind().name()), Languages.dateTime(step.at(), locale)));
        }
        if (progress.open()) {
            facts.add(new MailContent.Fact(
                    Texts.text(locale, "progress.expected"),
                    Texts.text(
                            locale,
                            "progress.expectedBy",
                            Languages.dateTime(progress.expectedBy(), locale),
                            status.slaHours())));
        }
        // The mail is about the member's latest request, so the next step follows from it, and from what
        // eligibility allows now (a request sent back while a cool-down holds may not be sent again yet).
        facts.add(new MailContent.Fact(
                Texts.text(locale, "progress.next"),
                MembershipQueries.text(
                        NextStep.advise(member, Optional.of(request), eligibilities.of(member)), locale)));
        mail.heading(Texts.text(locale, "progress.request", tier))
                .facts(facts)
                .paragraphs(Texts.text(locale, "mail.request.follow", baseUrl + "/member/status"));
        mailer.queue(member.getEmail(), mail);
    }
}

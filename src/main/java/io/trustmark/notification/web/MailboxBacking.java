package io.trustmark.notification.web;

import io.trustmark.notification.domain.OutboxMail;
import io.trustmark.notification.infrastructure.OutboxStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.regex.Pattern;

/**
 * /demo/mailbox: the mails the demo would have sent, so a newcomer can click their confirmation link.
 * Served only in demo mode (see DemoOnlyFilter).
 */
@Named
@RequestScoped
public class MailboxBacking {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    @Inject
    OutboxStore outbox;

    private List<OutboxMail> mails;

    public List<OutboxMail> getMails() {
        if (mails == null) {
            mails = outbox.recent(50);
        }
        return mails;
    }

    public List<String> links(OutboxMail mail) {
        return LINK.matcher(mail.getBody()).results().map(m -> m.group()).toList();
    }
}

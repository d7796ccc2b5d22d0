package io.trustmark.review.web;

import io.trustmark.account.infrastructure.SessionAuthenticationMechanism;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import java.time.Clock;
import java.time.Instant;

/**
 * Notes when the session last proved who it is: at sign-in (the authentication mechanism stores the
 * caller in the session). {@link StepUp} counts the idle time from here.
 */
@WebListener
public class SignInTimes implements HttpSessionAttributeListener {

    @Inject
    Clock clock;

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        signedIn(event);
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        signedIn(event);
    }

    private void signedIn(HttpSessionBindingEvent event) {
        if (SessionAuthenticationMechanism.CALLER.equals(event.getName())) {
            event.getSession().setAttribute(StepUp.CONFIRMED_AT, Instant.now(clock));
        }
    }
}

package io.trustmark.review.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.account.application.RecentSignIn;
import io.trustmark.account.domain.Account;
import io.trustmark.account.domain.Role;
import io.trustmark.account.domain.Tier;
import io.trustmark.platform.audit.AuditAction;
import io.trustmark.platform.audit.AuditLog;
import io.trustmark.platform.audit.AuditSubjectType;
import io.trustmark.platform.domain.RefusedException;
import io.trustmark.review.domain.DecisionReason;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The step-up as the services see it: decisions refused without a recent sign-in, confirmations audited. */
class StepUpTest {

    private static final Instant SIGN_IN = Instant.parse("2026-11-21T08:00:00Z");
    private static final long ADMIN_ID = 7L;
    private static final String PASSWORD = "Reviewer-2026";

    private final MovableClock clock = new MovableClock(SIGN_IN);
    private final List<String> audited = new ArrayList<>();
    private final RecentSignIn recentSignIn = new RecentSignIn();
    private StepUp stepUp;
    private RecentSignInInterceptor interceptor;

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        var admin = new Account(
                "admin", "admin@trustmark.test", "hash", Account.THAI, "1101700000010", Role.ADMIN, SIGN_IN);
        var id = Account.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(admin, ADMIN_ID);
        stepUp = new StepUp();
        stepUp.recentSignIn = recentSignIn;
        stepUp.clock = clock;
        stepUp.minutes = 15;
        stepUp.member = new CurrentMember() {
            @Override
            public Optional<Account> account() {
                return Optional.of(admin);
            }
        };
        stepUp.identityStores =
                credential -> PASSWORD.equals(((UsernamePasswordCredential) credential).getPasswordAsString())
                                && "admin".equals(((UsernamePasswordCredential) credential).getCaller())
                        ? new CredentialValidationResult("admin")
                        : CredentialValidationResult.INVALID_RESULT;
        stepUp.audit = new AuditLog() {
            @Override
            public void record(
                    Long actorId, AuditAction action, AuditSubjectType subjectType, Long subjectId, String detail) {
                audited.add(actorId + " " + action.name() + " " + subjectType.name() + " " + subjectId);
            }
        };
        interceptor = new RecentSignInInterceptor();
        interceptor.stepUp = stepUp;
        recentSignIn.proved(SIGN_IN);
    }

    @Test
    void aGuardedDecisionWithoutARecentSignInIsRefusedAndNotCalled() throws Exception {
        clock.advance(Duration.ofMinutes(16));
        var called = new boolean[1];
        var refused = assertThrows(
                RefusedException.class,
                () -> interceptor.requireRecentSignIn(invocation(() -> {
                    called[0] = true;
                    return null;
                })));
        assertEquals("review.stepUp.required", refused.messageKey());
        assertArrayEquals(new Object[] {15}, refused.args());
        assertFalse(called[0], "the decision did not run");
    }

    @Test
    void aSessionThatNeverProvedItselfIsRefused() {
        recentSignIn.proved(null);
        assertThrows(RefusedException.class, () -> interceptor.requireRecentSignIn(invocation(() -> "decided")));
    }

    @Test
    void aDecisionWithinTheIdleTimeRunsAndCountsAsActivity() throws Exception {
        clock.advance(Duration.ofMinutes(10));
        assertEquals("decided", interceptor.requireRecentSignIn(invocation(() -> "decided")));
        clock.advance(Duration.ofMinutes(10));
        assertFalse(stepUp.isRequired(), "the idle time counts from the decision, not from the sign-in");
    }

    @Test
    void aDecisionThatFailsDoesNotCountAsActivity() {
        clock.advance(Duration.ofMinutes(10));
        assertThrows(
                ConcurrentDecisionException.class,
                () -> interceptor.requireRecentSignIn(invocation(() -> {
                    throw new ConcurrentDecisionException(null);
                })));
        clock.advance(Duration.ofMinutes(10));
        assertTrue(stepUp.isRequired());
    }

    @Test
    void aConfirmedPasswordIsAuditedAndStartsTheIdleTimeAgain() {
        clock.advance(Duration.ofMinutes(16));
        assertTrue(stepUp.isRequired());

        assertFalse(stepUp.confirm("wrong"));
        assertFalse(stepUp.confirm(""));
        assertTrue(audited.isEmpty(), "a wrong password is not a step-up");
        assertTrue(stepUp.isRequired());

        assertTrue(stepUp.confirm(PASSWORD));
        assertEquals(List.of(ADMIN_ID + " STEP_UP ACCOUNT " + ADMIN_ID), audited);
        assertFalse(stepUp.isRequired());
    }

    @Test
    void theDecisionsAreGuarded() throws NoSuchMethodException {
        for (var method : List.of(
                ReviewService.class.getMethod("approve", Long.class, long.class, String.class, DecisionReason.class),
                ReviewService.class.getMethod(
                        "askToResubmit", Long.class, long.class, String.class, DecisionReason.class),
                ReviewService.class.getMethod("reject", Long.class, long.class, String.class, DecisionReason.class),
                TierService.class.getMethod(
                        "lower", String.class, Tier.class, Tier.class, DecisionReason.class, String.class))) {
            assertNotNull(method.getAnnotation(RequiresRecentSignIn.class), method.getName());
        }
        assertNotNull(RecentSignInInterceptor.class.getAnnotation(RequiresRecentSignIn.class));
    }

    private static InvocationContext invocation(Callable<Object> method) {
        return new InvocationContext() {
            private final Map<String, Object> data = new HashMap<>();

            @Override
            public Object proceed() throws Exception {
                return method.call();
            }

            @Override
            public Object getTarget() {
                return null;
            }

            @Override
            public Object getTimer() {
                return null;
            }

            @Override
            public Method getMethod() {
                return null;
            }

            @Override
            public Constructor<?> getConstructor() {
                return null;
            }

            @Override
            public Object[] getParameters() {
                return new Object[0];
            }

            @Override
            public void setParameters(Object[] params) {}

            @Override
            public Map<String, Object> getContextData() {
                return data;
            }
        };
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

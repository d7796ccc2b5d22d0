package io.trustmark.review.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/**
 * Enforces {@link RequiresRecentSignIn}. It runs outside the method's transaction: a refusal opens none,
 * and only a decision that committed counts as activity (one that was refused or lost a race does not).
 */
@RequiresRecentSignIn
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RecentSignInInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StepUp stepUp;

    @AroundInvoke
    public Object requireRecentSignIn(InvocationContext invocation) throws Exception {
        stepUp.require();
        var result = invocation.proceed();
        stepUp.acted();
        return result;
    }
}

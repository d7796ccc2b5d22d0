package io.trustmark.review.application;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A decision that needs a recent sign-in (the step-up rule, {@link StepUp}): refused with
 * {@code review.stepUp.required} when the session has not proved who it is within the idle time, and
 * counted as activity when it succeeds. Enforced by {@link RecentSignInInterceptor}, whatever page or
 * caller the decision comes from.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRecentSignIn {}

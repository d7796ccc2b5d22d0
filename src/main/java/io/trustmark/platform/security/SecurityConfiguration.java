package io.trustmark.platform.security;

import io.trustmark.account.domain.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login through our own Faces login page; the credentials are checked by the account identity
 * store. Pages under /member need MEMBER and pages under /admin need ADMIN (web.xml).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/account/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Role.MEMBER_GROUP, Role.ADMIN_GROUP})
@ApplicationScoped
public class SecurityConfiguration {
}

package io.trustmark.account.infrastructure;

import io.trustmark.account.domain.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The security roles. Pages under /member need MEMBER and pages under /admin need ADMIN (web.xml);
 * sign-in is done by the account package's authentication mechanism and identity store.
 */
@DeclareRoles({Role.MEMBER_GROUP, Role.ADMIN_GROUP})
@ApplicationScoped
public class SecurityConfiguration {}

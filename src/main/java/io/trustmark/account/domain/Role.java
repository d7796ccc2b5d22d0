package io.trustmark.account.domain;

import java.util.Set;

/**
 * What a person may do on the site. Admins take part in the forum too, so an admin holds both
 * security groups.
 */
public enum Role {
    MEMBER,
    ADMIN;

    public static final String MEMBER_GROUP = "MEMBER";
    public static final String ADMIN_GROUP = "ADMIN";

    public Set<String> groups() {
        return this == ADMIN ? Set.of(MEMBER_GROUP, ADMIN_GROUP) : Set.of(MEMBER_GROUP);
    }
}

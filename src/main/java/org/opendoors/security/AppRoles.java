package org.opendoors.security;

/** Role names as compile-time constants for {@code @RolesAllowed}. They match {@link Role}. */
public final class AppRoles {

    public static final String EMPLOYER = "EMPLOYER";
    public static final String ENGAGEMENT = "ENGAGEMENT";
    public static final String ADVISER = "ADVISER";
    public static final String PROCUREMENT = "PROCUREMENT";
    public static final String ADMIN = "ADMIN";

    private AppRoles() {
    }
}

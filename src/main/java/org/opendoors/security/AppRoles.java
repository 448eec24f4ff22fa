package org.opendoors.security;

/**
 * Role names as compile-time constants: plain names for views' {@code @RolesAllowed} (read by Vaadin),
 * {@code ROLE_} names for services' {@code @Secured} (read by Spring Security). They match {@link Role}.
 * Services do not use {@code @RolesAllowed}: with JSR-250 method security on, Spring would proxy every
 * annotated view class too.
 */
public final class AppRoles {

    public static final String EMPLOYER = "EMPLOYER";
    public static final String ENGAGEMENT = "ENGAGEMENT";
    public static final String ADVISER = "ADVISER";
    public static final String PROCUREMENT = "PROCUREMENT";
    public static final String LEADERSHIP = "LEADERSHIP";
    public static final String ADMIN = "ADMIN";

    public static final String ROLE_EMPLOYER = "ROLE_EMPLOYER";
    public static final String ROLE_ENGAGEMENT = "ROLE_ENGAGEMENT";
    public static final String ROLE_ADVISER = "ROLE_ADVISER";
    public static final String ROLE_PROCUREMENT = "ROLE_PROCUREMENT";
    public static final String ROLE_LEADERSHIP = "ROLE_LEADERSHIP";
    public static final String ROLE_ADMIN = "ROLE_ADMIN";

    private AppRoles() {
    }
}

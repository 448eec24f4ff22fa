package org.opendoors.security;

/** The six kinds of user. Each has its own home view; {@link AppRoles} holds the names for annotations. */
public enum Role {
    EMPLOYER("Employer", "employer"),
    ENGAGEMENT("Engagement team", "engagement"),
    ADVISER("Personal adviser", "adviser"),
    PROCUREMENT("Procurement officer", "procurement"),
    LEADERSHIP("Leadership and scrutiny", "leadership"),
    ADMIN("Administrator", "admin");

    private final String label;
    private final String homeRoute;

    Role(String label, String homeRoute) {
        this.label = label;
        this.homeRoute = homeRoute;
    }

    public String label() {
        return label;
    }

    /** The route of this role's home view; routes are strings so security needs no feature module. */
    public String homeRoute() {
        return homeRoute;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}

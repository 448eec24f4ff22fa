package org.opendoors.demo;

import java.util.List;
import org.opendoors.security.Role;

/** The demo sign-ins, shown on the landing page in demo mode only. */
public final class DemoAccounts {

    public static final String PASSWORD = "Open-Doors-Demo-2026";

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("Sam Patel", "sam.patel@harbourside-construction.example", Role.EMPLOYER, "Harbourside Construction Ltd"),
            new DemoAccount("Priya Shah", "priya.shah@anytown-council.example", Role.ENGAGEMENT, null),
            new DemoAccount("Tom Reid", "tom.reid@anytown-council.example", Role.ADVISER, null),
            new DemoAccount("Aisha Khan", "aisha.khan@anytown-council.example", Role.PROCUREMENT, null),
            new DemoAccount("Jordan Ellis", "jordan.ellis@anytown-council.example", Role.LEADERSHIP, null),
            new DemoAccount("Morgan Lee", "morgan.lee@anytown-council.example", Role.ADMIN, null));

    private DemoAccounts() {
    }

    public record DemoAccount(String name, String email, Role role, String organisationName) {
        public String roleLabel() {
            return role.label();
        }
    }
}

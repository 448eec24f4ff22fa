package org.opendoors.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How many rows the scale data generator writes: the volumes times a factor, each overridable. Contacts (one
 * and a half per organisation) and audit revisions (one per hundred audited rows) follow from the others. Strategy:
 * action plans and their recommendations (the measures, milestones, progress rounds and entries follow from them).
 */
public record ScaleVolumes(int organisations, int offers, int deliveries, int requests, int asks, int placements, int events,
                           int signups, int contracts, int activities, int outbox, int plans, int recommendations) {

    public static final ScaleVolumes FULL = new ScaleVolumes(100_000, 1_000_000, 200_000, 100_000, 100_000, 100_000, 2_000,
            1_000_000, 500, 1_000_000, 1_000_000, 20, 400);

    /** The full volumes times {@code factor}, at least one row each; {@code override} may replace any by name. */
    public static ScaleVolumes scaled(double factor, Function<String, Integer> override) {
        Map<String, Integer> v = new LinkedHashMap<>();
        FULL.placeholders().forEach((name, full) -> {
            Integer given = override.apply(name);
            v.put(name, given != null ? given : (int) Math.max(1, Math.round(full * factor)));
        });
        return new ScaleVolumes(v.get("organisations"), v.get("offers"), v.get("deliveries"), v.get("requests"), v.get("asks"),
                v.get("placements"), v.get("events"), v.get("signups"), v.get("contracts"), v.get("activities"), v.get("outbox"),
                v.get("plans"), v.get("recommendations"));
    }

    public int contacts() {
        return organisations * 3 / 2;
    }

    public int revisions() {
        return Math.max(1, (organisations + offers + placements + 99) / 100);
    }

    /** The volumes by the names the generator's SQL uses, in {@code {name}} placeholders. */
    Map<String, Integer> placeholders() {
        Map<String, Integer> v = new LinkedHashMap<>();
        v.put("organisations", organisations);
        v.put("offers", offers);
        v.put("deliveries", deliveries);
        v.put("requests", requests);
        v.put("asks", asks);
        v.put("placements", placements);
        v.put("events", events);
        v.put("signups", signups);
        v.put("contracts", contracts);
        v.put("activities", activities);
        v.put("outbox", outbox);
        v.put("plans", plans);
        v.put("recommendations", recommendations);
        return v;
    }
}

package org.opendoors;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.opendoors.base.TimeConfiguration;

/**
 * The application's clock in tests: it stands still at a settable instant, so nothing a test checks depends on
 * how long the test took. {@link #reset()} (run before and after every test) stands it at the moment the test
 * starts; a test moves it with {@link #travel} or {@link #set}.
 */
public class TestClock extends Clock {

    private volatile Instant now = wallTime();

    public void set(Instant instant) {
        now = instant;
    }

    public void travel(Duration by) {
        now = now.plus(by);
    }

    public void reset() {
        now = wallTime();
    }

    @Override
    public ZoneId getZone() {
        return TimeConfiguration.LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }

    private static Instant wallTime() {
        return Instant.now();
    }
}

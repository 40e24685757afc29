package se.vinr.schedule;

import java.time.Duration;

/** Waits; a seam so tests can drive the schedule with a clock of their own. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    Sleeper REAL = duration -> Thread.sleep(Math.max(0, duration.toMillis()));
}

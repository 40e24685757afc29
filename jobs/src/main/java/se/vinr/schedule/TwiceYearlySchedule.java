package se.vinr.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/**
 * Runs the pipeline for each configured municipality at every tick of a cron (by default early on
 * 15 January and 15 July), for the half-year that closed last; and at start catches up a tick that
 * was missed while the machine was off. Ticks are in the clock's time zone, so a 05:00 cron stays at
 * 05:00 local time across daylight-saving changes.
 */
public class TwiceYearlySchedule {

    private static final Logger log = LoggerFactory.getLogger(TwiceYearlySchedule.class);

    /**
     * The longest single sleep: the wall clock is looked at again after it, so a clock set by NTP or by
     * hand, or a machine that was suspended, delays a tick by at most this much.
     */
    static final Duration LONGEST_SLEEP = Duration.ofHours(1);

    private final CronExpression cron;
    private final List<MunicipalityCode> municipalities;
    private final ScheduledRun run;
    private final Clock clock;
    private final Sleeper sleeper;

    public TwiceYearlySchedule(String cron, List<MunicipalityCode> municipalities, ScheduledRun run, Clock clock,
                               Sleeper sleeper) {
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("vinr.schedule.cron '" + cron
                    + "' is not a valid cron expression (second minute hour day month weekday)");
        }
        this.cron = CronExpression.parse(cron);
        this.municipalities = List.copyOf(municipalities);
        this.run = run;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Catches up, then runs at each tick until interrupted or {@code maxTicks} ticks have passed. */
    public void run(long maxTicks) throws InterruptedException {
        catchUp();
        for (long tick = 0; tick < maxTicks; tick++) {
            ZonedDateTime next = cron.next(ZonedDateTime.now(clock));
            if (next == null) {
                return;
            }
            sleepUntil(next);
            runFor(Period.lastClosedBefore(next.toLocalDate()));
        }
    }

    /**
     * Sleeps until the clock reaches {@code time}: a sleep may end early (it is rounded to whole
     * milliseconds, or the clock was set back meanwhile), and a tick run early would be found again as
     * the next tick and run twice.
     */
    private void sleepUntil(ZonedDateTime time) throws InterruptedException {
        for (ZonedDateTime now = ZonedDateTime.now(clock); now.isBefore(time); now = ZonedDateTime.now(clock)) {
            Duration left = Duration.between(now, time);
            sleeper.sleep(left.compareTo(LONGEST_SLEEP) > 0 ? LONGEST_SLEEP : left);
        }
    }

    /** Runs any period whose scheduled tick has passed without a completed run. */
    public void catchUp() {
        previousTick().ifPresent(tick -> {
            Period due = Period.lastClosedBefore(tick.toLocalDate());
            for (MunicipalityCode municipality : municipalities) {
                if (!run.completed(municipality, due)) {
                    log.info("catching up the missed run for {} {}", municipality, due);
                    run.run(municipality, due);
                }
            }
        });
    }

    private void runFor(Period period) {
        for (MunicipalityCode municipality : municipalities) {
            if (run.completed(municipality, period)) {
                log.info("{} {} has already been run; nothing to do", municipality, period);
            } else {
                run.run(municipality, period);
            }
        }
    }

    /**
     * The latest tick at or before now, looking back at most a year (the schedule is twice yearly);
     * growing windows keep a frequent cron from being stepped through tick by tick for a whole year.
     */
    Optional<ZonedDateTime> previousTick() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        for (Duration window : LOOK_BACK) {
            ZonedDateTime candidate = cron.next(now.minus(window));
            ZonedDateTime latest = null;
            while (candidate != null && !candidate.isAfter(now)) {
                latest = candidate;
                candidate = cron.next(candidate);
            }
            if (latest != null) {
                return Optional.of(latest);
            }
        }
        return Optional.empty();
    }

    private static final List<Duration> LOOK_BACK = List.of(Duration.ofMinutes(1), Duration.ofHours(1),
            Duration.ofDays(1), Duration.ofDays(32), Duration.ofDays(366));
}

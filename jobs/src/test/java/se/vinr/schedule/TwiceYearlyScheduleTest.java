package se.vinr.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

class TwiceYearlyScheduleTest {

    private static final String EVERY_SECOND = "* * * * * *";
    private static final String DEFAULT_CRON = "0 0 5 15 1,7 *";
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final MunicipalityCode HARNOSAND = MunicipalityCode.parse("2280");
    private static final MunicipalityCode SUNDSVALL = MunicipalityCode.parse("2281");

    @Test
    void runsEachMunicipalityExactlyOncePerTickOfAnEverySecondCron() throws InterruptedException {
        TestClock clock = new TestClock(at("2026-09-01T10:00:00.250"));
        RecordingRun run = new RecordingRun(clock);
        run.neverCompletes = true;

        schedule(EVERY_SECOND, run, clock, clock::advance).run(5);

        Map<LocalDateTime, List<MunicipalityCode>> byTime = run.calls.stream()
                .collect(Collectors.groupingBy(Call::time, TreeMap::new,
                        Collectors.mapping(Call::municipality, Collectors.toList())));
        assertThat(byTime).containsOnlyKeys(at("2026-09-01T10:00:00.250"), at("2026-09-01T10:00:01"),
                at("2026-09-01T10:00:02"), at("2026-09-01T10:00:03"), at("2026-09-01T10:00:04"),
                at("2026-09-01T10:00:05"));
        assertThat(byTime.values()).allSatisfy(municipalities ->
                assertThat(municipalities).containsExactly(HARNOSAND, SUNDSVALL));
        assertThat(run.calls).extracting(Call::period).containsOnly(Period.parse("2026H1"));
    }

    @Test
    void neitherRunsATickEarlyNorTwiceWhenTheSleeperWakesEarly() throws InterruptedException {
        TestClock clock = new TestClock(at("2026-09-01T10:00:00.500"));
        RecordingRun run = new RecordingRun(clock);
        run.neverCompletes = true;
        // Thread.sleep rounds to whole milliseconds and may return early; the clock is the judge.
        Sleeper wakesEarly = duration -> clock.advance(duration.compareTo(Duration.ofMillis(2)) > 0
                ? duration.minusMillis(1) : duration);

        schedule(EVERY_SECOND, run, clock, wakesEarly).run(3);

        assertThat(run.calls).extracting(Call::time).containsExactly(
                at("2026-09-01T10:00:00.500"), at("2026-09-01T10:00:00.500"),
                at("2026-09-01T10:00:01"), at("2026-09-01T10:00:01"),
                at("2026-09-01T10:00:02"), at("2026-09-01T10:00:02"),
                at("2026-09-01T10:00:03"), at("2026-09-01T10:00:03"));
    }

    @Test
    void catchesUpAMissedRunOnceAtStart() {
        TestClock clock = new TestClock(at("2027-03-01T09:00"));
        RecordingRun run = new RecordingRun(clock);

        TwiceYearlySchedule schedule = schedule(DEFAULT_CRON, run, clock, clock::advance);
        schedule.catchUp();
        schedule.catchUp();

        assertThat(run.calls).containsExactly(
                new Call(HARNOSAND, Period.parse("2026H2"), at("2027-03-01T09:00")),
                new Call(SUNDSVALL, Period.parse("2026H2"), at("2027-03-01T09:00")));
    }

    @Test
    void catchesUpAtStartThenWaitsForTheNextTick() throws InterruptedException {
        TestClock clock = new TestClock(at("2027-03-01T09:00"));
        RecordingRun run = new RecordingRun(clock);

        schedule(DEFAULT_CRON, run, clock, clock::advance).run(1);

        assertThat(run.calls).containsExactly(
                new Call(HARNOSAND, Period.parse("2026H2"), at("2027-03-01T09:00")),
                new Call(SUNDSVALL, Period.parse("2026H2"), at("2027-03-01T09:00")),
                new Call(HARNOSAND, Period.parse("2027H1"), at("2027-07-15T05:00")),
                new Call(SUNDSVALL, Period.parse("2027H1"), at("2027-07-15T05:00")));
    }

    @Test
    void doesNotRerunAPeriodAlreadyCompleted() {
        TestClock clock = new TestClock(at("2027-03-01T09:00"));
        RecordingRun run = new RecordingRun(clock);
        run.completed.add(new Done(HARNOSAND, Period.parse("2026H2")));

        schedule(DEFAULT_CRON, run, clock, clock::advance).catchUp();

        assertThat(run.calls).containsExactly(new Call(SUNDSVALL, Period.parse("2026H2"), at("2027-03-01T09:00")));
    }

    @Test
    void doesNotRerunAPeriodCompletedByAnEarlierTickOfAFrequentCron() throws InterruptedException {
        TestClock clock = new TestClock(at("2026-09-01T10:00:00.250"));
        RecordingRun run = new RecordingRun(clock);

        schedule(EVERY_SECOND, run, clock, clock::advance).run(5);

        assertThat(run.calls).containsExactly(
                new Call(HARNOSAND, Period.parse("2026H1"), at("2026-09-01T10:00:00.250")),
                new Call(SUNDSVALL, Period.parse("2026H1"), at("2026-09-01T10:00:00.250")));
    }

    @Test
    void runsTheSecondHalfOfLastYearOnTheFifteenthOfJanuary() throws InterruptedException {
        TestClock clock = new TestClock(at("2027-01-14T12:00"));
        RecordingRun run = new RecordingRun(clock);
        run.completed.add(new Done(HARNOSAND, Period.parse("2026H1")));
        run.completed.add(new Done(SUNDSVALL, Period.parse("2026H1")));

        schedule(DEFAULT_CRON, run, clock, clock::advance).run(1);

        assertThat(run.calls).containsExactly(
                new Call(HARNOSAND, Period.parse("2026H2"), at("2027-01-15T05:00")),
                new Call(SUNDSVALL, Period.parse("2026H2"), at("2027-01-15T05:00")));
    }

    @Test
    void keepsTheLocalTimeOfTheCronAcrossDaylightSavingChanges() throws InterruptedException {
        TestClock clock = new TestClock(at("2027-01-15T06:00"));
        RecordingRun run = new RecordingRun(clock);
        run.neverCompletes = true;

        // Summer time starts in March and ends in October between these ticks.
        schedule(DEFAULT_CRON, run, clock, clock::advance).run(2);

        assertThat(run.calls).extracting(Call::time).containsExactly(
                at("2027-01-15T06:00"), at("2027-01-15T06:00"),
                at("2027-07-15T05:00"), at("2027-07-15T05:00"),
                at("2028-01-15T05:00"), at("2028-01-15T05:00"));
    }

    @Test
    void looksAtTheClockAtLeastHourlySoASuspendedMachineRunsTheTickOnWaking() throws InterruptedException {
        TestClock clock = new TestClock(at("2027-07-14T12:00"));
        RecordingRun run = new RecordingRun(clock);
        run.completed.add(new Done(HARNOSAND, Period.parse("2026H2")));
        run.completed.add(new Done(SUNDSVALL, Period.parse("2026H2")));
        List<Duration> sleeps = new ArrayList<>();
        Sleeper suspendedForADayOnce = duration -> {
            clock.advance(duration);
            if (sleeps.isEmpty()) {
                clock.advance(Duration.ofDays(1));
            }
            sleeps.add(duration);
        };

        schedule(DEFAULT_CRON, run, clock, suspendedForADayOnce).run(1);

        assertThat(sleeps).allSatisfy(sleep -> assertThat(sleep).isLessThanOrEqualTo(Duration.ofHours(1)));
        assertThat(run.calls).containsExactly(
                new Call(HARNOSAND, Period.parse("2027H1"), at("2027-07-15T13:00")),
                new Call(SUNDSVALL, Period.parse("2027H1"), at("2027-07-15T13:00")));
    }

    @Test
    void refusesAnInvalidCronNamingTheSetting() {
        TestClock clock = new TestClock(at("2027-01-14T12:00"));
        assertThatThrownBy(() -> schedule("0 0 5 15 1,7", new RecordingRun(clock), clock, clock::advance))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vinr.schedule.cron");
    }

    private static TwiceYearlySchedule schedule(String cron, ScheduledRun run, Clock clock, Sleeper sleeper) {
        return new TwiceYearlySchedule(cron, List.of(HARNOSAND, SUNDSVALL), run, clock, sleeper);
    }

    private static LocalDateTime at(String localTime) {
        return LocalDateTime.parse(localTime);
    }

    /** The wall clock of a machine in Sweden, moved only by the test's sleeper. */
    private static final class TestClock extends Clock {
        private Instant now;

        TestClock(LocalDateTime start) {
            this.now = start.atZone(STOCKHOLM).toInstant();
        }

        void advance(Duration duration) {
            if (duration.isNegative()) {
                throw new AssertionError("asked to sleep a negative time: " + duration);
            }
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return STOCKHOLM;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    record Call(MunicipalityCode municipality, Period period, LocalDateTime time) {
    }

    record Done(MunicipalityCode municipality, Period period) {
    }

    /** Records every run with the local time it started; a run completes unless told otherwise. */
    private static final class RecordingRun implements ScheduledRun {
        final List<Call> calls = new ArrayList<>();
        final Set<Done> completed = new HashSet<>();
        boolean neverCompletes;
        private final Clock clock;

        RecordingRun(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean completed(MunicipalityCode municipality, Period period) {
            return completed.contains(new Done(municipality, period));
        }

        @Override
        public boolean run(MunicipalityCode municipality, Period period) {
            calls.add(new Call(municipality, period, LocalDateTime.now(clock)));
            if (neverCompletes) {
                return false;
            }
            completed.add(new Done(municipality, period));
            return true;
        }
    }
}

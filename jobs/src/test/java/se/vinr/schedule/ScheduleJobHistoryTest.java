package se.vinr.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import se.vinr.app.ApplicationStarter;
import se.vinr.batch.JobHistorySource;
import se.vinr.batch.RunHistory;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.demo.SyntheticPackages;
import se.vinr.extract.pseudonym.PseudonymKey;
import se.vinr.reports.model.Language;

/**
 * The schedule's catch-up and its refusal to run a half-year twice, decided by the real job history
 * (the embedded H2 repository the application opens in the output folder) and real {@code run} jobs,
 * not a hand-filled set: a missed tick whose run failed is caught up when the schedule starts again,
 * and once a run has completed, a restart of the schedule does not run it again. The application is
 * started for a run only, as {@code vinr schedule} starts it, and stopped after it.
 */
class ScheduleJobHistoryTest {

    private static final MunicipalityCode MUNICIPALITY = MunicipalityCode.parse("2280");
    private static final Period PERIOD = Period.parse("2026H1");
    /** After the 15 July tick that is due for 2026H1. */
    private static final Clock AFTER_THE_TICK = Clock.fixed(Instant.parse("2026-08-03T08:00:00Z"), ZoneId.of("Europe/Stockholm"));

    @TempDir
    Path temp;

    @Test
    void catchesUpAFailedRunAndNeverRerunsACompletedOneByTheRealJobHistory() throws IOException, SQLException {
        Path input = new SyntheticPackages().write(new SyntheticPackages.Settings(MUNICIPALITY, 20_000, PERIOD, PERIOD,
                5, List.of(), 0.0), temp.resolve("exports")).get(0).directory();
        Path key = temp.resolve("2280.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);
        Path out = temp.resolve("out");
        Path cases = input.resolve("cases.csv");
        Path aside = Files.move(cases, temp.resolve("cases.csv"));

        List<String> runs = new ArrayList<>();
        ApplicationStarter.Settings settings = settings(out, key, input);
        // 1. The tick was missed; the export lacks cases.csv, so the caught-up run fails.
        schedule(settings, runs).catchUp();
        assertThat(outcomes(settings)).containsExactly("FAILED");
        assertThat(runs).containsExactly("2280 2026H1");

        // 2. The schedule starts again with the export fixed: the history has no completed run, so it catches up.
        Files.move(aside, cases, StandardCopyOption.REPLACE_EXISTING);
        schedule(settings, runs).catchUp();
        assertThat(outcomes(settings)).containsExactly("FAILED", "COMPLETED");
        assertThat(runs).containsExactly("2280 2026H1", "2280 2026H1");

        // 3. And once more: the completed run in the history is not run again, and nothing starts the application.
        List<String> started = new ArrayList<>();
        schedule(settings, runs, started).catchUp();
        assertThat(outcomes(settings)).containsExactly("FAILED", "COMPLETED");
        assertThat(runs).as("no third run").hasSize(2);
        assertThat(started).as("the application is started only for a run").isEmpty();
    }

    @Test
    void startsTheApplicationOnlyForARunAndStopsItAfter() throws IOException {
        Path out = temp.resolve("out");
        Path key = temp.resolve("2280.key");
        PseudonymKey.generate(new SecureRandom()).writeTo(key);
        List<String> started = new ArrayList<>();
        List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        ApplicationStarter.Settings settings = settings(out, key, temp.resolve("no-exports"));
        ApplicationStarter starter = new ApplicationStarter();
        JobScheduledRun run = new JobScheduledRun(() -> {
            started.add("started");
            ConfigurableApplicationContext context = starter.start(settings);
            contexts.add(context);
            return context;
        }, history(settings), starter.properties(settings));

        assertThat(run.completed(MUNICIPALITY, PERIOD)).as("no history yet").isFalse();
        assertThat(started).isEmpty();
        assertThat(run.run(MUNICIPALITY, PERIOD)).as("the export folder does not exist").isFalse();

        assertThat(started).hasSize(1);
        assertThat(contexts.get(0).isActive()).as("stopped after the run").isFalse();
    }

    private static ApplicationStarter.Settings settings(Path out, Path key, Path input) {
        return new ApplicationStarter.Settings(out, null, key, Language.EN, true, false,
                Map.of("vinr.schedule.municipalities." + MUNICIPALITY.code(), input.toString()));
    }

    private static TwiceYearlySchedule schedule(ApplicationStarter.Settings settings, List<String> runs) {
        return schedule(settings, runs, new ArrayList<>());
    }

    /**
     * The schedule over real applications, started as the command starts them, and the real history,
     * recording each run it starts in {@code runs} and each application it starts in {@code started}.
     */
    private static TwiceYearlySchedule schedule(ApplicationStarter.Settings settings, List<String> runs,
                                                List<String> started) {
        ApplicationStarter starter = new ApplicationStarter();
        JobScheduledRun real = new JobScheduledRun(() -> {
            started.add("started");
            return starter.start(settings);
        }, history(settings), starter.properties(settings));
        ScheduledRun recorded = new ScheduledRun() {
            @Override
            public boolean completed(MunicipalityCode municipality, Period period) {
                return real.completed(municipality, period);
            }

            @Override
            public boolean run(MunicipalityCode municipality, Period period) {
                runs.add(municipality.code() + " " + period);
                return real.run(municipality, period);
            }
        };
        return new TwiceYearlySchedule("0 0 5 15 1,7 *", List.of(MUNICIPALITY), recorded, AFTER_THE_TICK,
                duration -> { });
    }

    private static RunHistory history(ApplicationStarter.Settings settings) {
        try {
            return new RunHistory(JobHistorySource.existing(new ApplicationStarter().environment(settings)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> outcomes(ApplicationStarter.Settings settings) throws SQLException {
        return history(settings).runs().stream().map(RunHistory.Run::outcome).toList();
    }
}

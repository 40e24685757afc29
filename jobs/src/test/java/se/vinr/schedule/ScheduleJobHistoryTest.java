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

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

import se.vinr.app.ApplicationStarter;
import se.vinr.app.VinrProperties;
import se.vinr.batch.JobRunner;
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
 * and once a run has completed, neither a restart of the schedule nor a new application on the same
 * folder runs it again.
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
        // 1. The tick was missed; the export lacks cases.csv, so the caught-up run fails.
        try (ConfigurableApplicationContext context = start(out, key, input)) {
            schedule(context, runs).catchUp();
            assertThat(outcomes(context)).containsExactly("FAILED");
        }
        assertThat(runs).containsExactly("2280 2026H1");

        // 2. The schedule starts again with the export fixed: the history has no completed run, so it catches up.
        Files.move(aside, cases, StandardCopyOption.REPLACE_EXISTING);
        try (ConfigurableApplicationContext context = start(out, key, input)) {
            schedule(context, runs).catchUp();
            assertThat(outcomes(context)).containsExactly("FAILED", "COMPLETED");
        }
        assertThat(runs).containsExactly("2280 2026H1", "2280 2026H1");

        // 3. And once more: the completed run in the history is not run again.
        try (ConfigurableApplicationContext context = start(out, key, input)) {
            schedule(context, runs).catchUp();
            assertThat(outcomes(context)).containsExactly("FAILED", "COMPLETED");
        }
        assertThat(runs).as("no third run").hasSize(2);
    }

    private ConfigurableApplicationContext start(Path out, Path key, Path input) {
        return new ApplicationStarter().start(new ApplicationStarter.Settings(out, null, key, Language.EN, true, false,
                Map.of("vinr.schedule.municipalities." + MUNICIPALITY.code(), input.toString())));
    }

    /** The schedule over the real job runner and history, recording each run it starts in {@code runs}. */
    private static TwiceYearlySchedule schedule(ConfigurableApplicationContext context, List<String> runs) {
        JobScheduledRun real = new JobScheduledRun(context.getBean(JobRunner.class), context.getBean(JobRepository.class),
                context.getBean(VinrProperties.class));
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

    private static List<String> outcomes(ConfigurableApplicationContext context) throws SQLException {
        return new RunHistory(context.getBean(DataSource.class)).runs().stream().map(RunHistory.Run::outcome).toList();
    }
}

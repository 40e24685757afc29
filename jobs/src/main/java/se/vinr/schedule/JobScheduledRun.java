package se.vinr.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

import se.vinr.app.VinrProperties;
import se.vinr.batch.JobHistorySource;
import se.vinr.batch.JobOutcome;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;
import se.vinr.batch.OutputLock;
import se.vinr.batch.RunHistory;
import se.vinr.batch.UserFacingException;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/**
 * A scheduled run is the {@code run} job for the municipality's configured input folder: the folder
 * itself when it holds {@code cases.csv}, else its sub-folder named after the period. The application
 * starts only when a run is due and stops after it: the schedule waits half a year between runs, and
 * while it waits it reads the job history with plain JDBC and holds neither the application nor the
 * embedded history open.
 */
public class JobScheduledRun implements ScheduledRun {

    private static final Logger log = LoggerFactory.getLogger(JobScheduledRun.class);

    private final Supplier<ConfigurableApplicationContext> application;
    private final RunHistory history;
    private final VinrProperties properties;

    /**
     * @param application starts the application for one run
     * @param history the job history the application writes
     */
    public JobScheduledRun(Supplier<ConfigurableApplicationContext> application, RunHistory history,
                           VinrProperties properties) {
        this.application = application;
        this.history = history;
        this.properties = properties;
    }

    @Override
    public boolean completed(MunicipalityCode municipality, Period period) {
        // Under the output folder's lock: a run of another vinr in progress finishes before the history is read.
        try (OutputLock lock = OutputLock.acquire(properties.layout().lockFile(), properties.schedule().lockWait())) {
            return history.runs().stream()
                    .anyMatch(run -> run.completed(Jobs.RUN, municipality.code(), period.toString()));
        } catch (SQLException e) {
            if (JobHistorySource.notCreatedYet(e)) {
                return false;
            }
            throw new UserFacingException("the job history in " + properties.layout().jobRepositoryDir()
                    + " cannot be read (" + e.getMessage() + "); check the job repository settings", e);
        }
    }

    @Override
    public boolean run(MunicipalityCode municipality, Period period) {
        Path input = inputFolder(municipality, period);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(Jobs.INPUT, input.toString());
        Path profile = properties.schedule().profiles() == null ? null
                : properties.schedule().profiles().get(municipality.code());
        if (profile != null) {
            settings.put(Jobs.PROFILE, profile.toAbsolutePath().toString());
        }
        try (OutputLock lock = OutputLock.acquire(properties.layout().lockFile(), properties.schedule().lockWait());
             ConfigurableApplicationContext context = application.get()) {
            JobOutcome outcome = context.getBean(JobRunner.class).run(Jobs.RUN, Map.of(JobRunner.MUNICIPALITY,
                    municipality.code(), JobRunner.PERIOD, period.toString()), settings);
            if (outcome.completed()) {
                log.info("scheduled run for {} {} completed", municipality, period);
            } else {
                log.warn("scheduled run for {} {} failed: {}", municipality, period, outcome.failure());
            }
            return outcome.completed();
        } catch (RuntimeException e) {
            log.warn("scheduled run for {} {} could not run: {}", municipality, period, e.getMessage());
            return false;
        }
    }

    private Path inputFolder(MunicipalityCode municipality, Period period) {
        Path configured = properties.schedule().municipalities().get(municipality.code());
        Path forPeriod = configured.resolve(period.toString());
        return Files.isDirectory(forPeriod) ? forPeriod : configured;
    }
}

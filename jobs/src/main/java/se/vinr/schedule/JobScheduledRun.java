package se.vinr.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;

import se.vinr.app.VinrProperties;
import se.vinr.batch.JobOutcome;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;
import se.vinr.batch.OutputLock;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/**
 * A scheduled run is the {@code run} job for the municipality's configured input folder: the folder
 * itself when it holds {@code cases.csv}, else its sub-folder named after the period.
 */
public class JobScheduledRun implements ScheduledRun {

    private static final Logger log = LoggerFactory.getLogger(JobScheduledRun.class);

    private final JobRunner runner;
    private final JobRepository repository;
    private final VinrProperties properties;

    public JobScheduledRun(JobRunner runner, JobRepository repository, VinrProperties properties) {
        this.runner = runner;
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public boolean completed(MunicipalityCode municipality, Period period) {
        for (JobInstance instance : repository.findJobInstances(Jobs.RUN)) {
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                if (execution.getStatus() == BatchStatus.COMPLETED
                        && municipality.code().equals(execution.getJobParameters().getString(JobRunner.MUNICIPALITY))
                        && period.toString().equals(execution.getJobParameters().getString(JobRunner.PERIOD))) {
                    return true;
                }
            }
        }
        return false;
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
        try (OutputLock lock = OutputLock.acquire(properties.layout().lockFile(), properties.schedule().lockWait())) {
            JobOutcome outcome = runner.run(Jobs.RUN, Map.of(JobRunner.MUNICIPALITY, municipality.code(),
                    JobRunner.PERIOD, period.toString()), settings);
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

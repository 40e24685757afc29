package se.vinr.schedule;

import java.time.Clock;
import java.util.List;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import se.vinr.app.VinrProperties;
import se.vinr.batch.JobRunner;
import se.vinr.batch.UserFacingException;
import se.vinr.core.MunicipalityCode;

/** {@code vinr schedule}: the twice-yearly schedule over the configured municipalities. */
@Component
public class ScheduleService {

    private final VinrProperties properties;
    private final JobRunner runner;
    private final JobRepository repository;

    public ScheduleService(VinrProperties properties, JobRunner runner, JobRepository repository) {
        this.properties = properties;
        this.runner = runner;
        this.repository = repository;
    }

    public void runUntilStopped() throws InterruptedException {
        if (properties.schedule().municipalities() == null || properties.schedule().municipalities().isEmpty()) {
            throw new UserFacingException("no municipalities are configured for the schedule; set "
                    + "vinr.schedule.municipalities.<code> to each municipality's export folder (see README)");
        }
        List<MunicipalityCode> municipalities = properties.schedule().municipalities().keySet().stream()
                .map(MunicipalityCode::parse).sorted().toList();
        new TwiceYearlySchedule(properties.schedule().cron(), municipalities,
                new JobScheduledRun(runner, repository, properties), Clock.systemDefaultZone(), Sleeper.REAL)
                .run(Long.MAX_VALUE);
    }
}

package se.vinr.schedule;

import java.time.Clock;
import java.util.List;

import se.vinr.app.VinrProperties;
import se.vinr.batch.UserFacingException;
import se.vinr.core.MunicipalityCode;

/** {@code vinr schedule}: the twice-yearly schedule over the configured municipalities. */
public class ScheduleService {

    private final VinrProperties properties;
    private final ScheduledRun run;

    public ScheduleService(VinrProperties properties, ScheduledRun run) {
        this.properties = properties;
        this.run = run;
    }

    public void runUntilStopped() throws InterruptedException {
        if (properties.schedule().municipalities() == null || properties.schedule().municipalities().isEmpty()) {
            throw new UserFacingException("no municipalities are configured for the schedule; set "
                    + "vinr.schedule.municipalities.<code> to each municipality's export folder (see README)");
        }
        List<MunicipalityCode> municipalities = properties.schedule().municipalities().keySet().stream()
                .map(MunicipalityCode::parse).sorted().toList();
        new TwiceYearlySchedule(properties.schedule().cron(), municipalities, run, Clock.systemDefaultZone(),
                Sleeper.REAL).run(Long.MAX_VALUE);
    }
}

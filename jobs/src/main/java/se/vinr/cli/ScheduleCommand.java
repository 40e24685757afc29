package se.vinr.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.vinr.app.ApplicationStarter;
import se.vinr.app.VinrProperties;
import se.vinr.batch.JobHistorySource;
import se.vinr.batch.RunHistory;
import se.vinr.schedule.JobScheduledRun;
import se.vinr.schedule.ScheduleService;

/**
 * {@code vinr schedule}: waits for each half-year's run and starts the application only for it, so the
 * months in between cost a sleeping thread, not a running application. It takes the output folder's
 * lock only while it reads the history or runs, so status and manual runs still work in between.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false)
class ScheduleCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    private final Console console;
    private final ApplicationStarter starter;

    ScheduleCommand(Console console, ApplicationStarter starter) {
        this.console = console;
        this.starter = starter;
    }

    @Override
    public Integer call() {
        ApplicationStarter.Settings settings = new ApplicationStarter.Settings(common.out(), common.config(),
                common.keyFile(), console.language(), common.quiet(), common.verbose(), Map.of());
        try {
            VinrProperties properties = starter.properties(settings);
            RunHistory history = new RunHistory(JobHistorySource.existing(starter.environment(settings)));
            new ScheduleService(properties, new JobScheduledRun(() -> starter.start(settings), history, properties))
                    .runUntilStopped();
            return ExitCodes.OK;
        } catch (Exception e) {
            return AppCommand.failed(console, common.out(), e);
        }
    }
}

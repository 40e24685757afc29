package se.vinr.cli;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import se.vinr.app.ApplicationStarter;
import se.vinr.schedule.ScheduleService;

@Command(name = "schedule", mixinStandardHelpOptions = true, sortOptions = false)
class ScheduleCommand extends AppCommand {

    ScheduleCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    @Override
    boolean locksOutput() {
        // Each scheduled run takes the lock itself, so status and manual runs still work in between.
        return false;
    }

    @Override
    int execute(ConfigurableApplicationContext context) throws InterruptedException {
        context.getBean(ScheduleService.class).runUntilStopped();
        return ExitCodes.OK;
    }
}

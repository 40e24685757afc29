package se.vinr.cli;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import se.vinr.app.ApplicationStarter;
import se.vinr.batch.RunHistory;

@Command(name = "status", mixinStandardHelpOptions = true, sortOptions = false)
class StatusCommand extends AppCommand {

    StatusCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    @Override
    boolean locksOutput() {
        return false;
    }

    @Override
    int execute(ConfigurableApplicationContext context) {
        List<RunHistory.Run> runs = context.getBean(RunHistory.class).runs();
        if (runs.isEmpty()) {
            console().say("status.none");
            return ExitCodes.OK;
        }
        console().say("status.header");
        for (RunHistory.Run run : runs) {
            console().print(String.format("%-8s %-5s %-7s %-19s %-19s %-9s %9d %9d %9d",
                    run.command(), run.municipality(), run.period(), run.start(), run.end(), run.outcome(),
                    run.read(), run.written(), run.rejected()));
            if (run.failure() != null) {
                console().say("status.failure", run.failure());
                console().say("status.restart", run.restartHint());
            }
        }
        return ExitCodes.OK;
    }
}

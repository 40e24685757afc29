package se.vinr.cli;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.vinr.app.ApplicationStarter;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;
import se.vinr.core.OutputLayout;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false)
class ReportCommand extends AppCommand {

    @Mixin
    PeriodOptions target;

    ReportCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    @Override
    int execute(ConfigurableApplicationContext context) {
        int code = report(context.getBean(JobRunner.class).run(Jobs.REPORT, ExtractCommand.key(target), Map.of()));
        if (code == ExitCodes.OK) {
            console().say("report.written", new OutputLayout(common.out())
                    .reportDir(target.municipality(), target.period()).resolve("rapport.html"));
        }
        return code;
    }
}

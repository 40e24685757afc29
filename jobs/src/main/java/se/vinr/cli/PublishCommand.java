package se.vinr.cli;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.vinr.app.ApplicationStarter;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;

@Command(name = "publish", mixinStandardHelpOptions = true, sortOptions = false)
class PublishCommand extends AppCommand {

    @Mixin
    PeriodOptions target;

    PublishCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    @Override
    int execute(ConfigurableApplicationContext context) {
        int code = report(context.getBean(JobRunner.class).run(Jobs.PUBLISH, ExtractCommand.key(target), Map.of()));
        if (code == ExitCodes.OK) {
            console().say("publish.done", target.municipality(), target.period());
        }
        return code;
    }
}

package se.vinr.cli;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vinr.app.ApplicationStarter;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;

@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false)
class LoadCommand extends AppCommand {

    @Mixin
    PeriodOptions target;

    @Option(names = "--accept-new-key", descriptionKey = "load.accept-new-key")
    boolean acceptNewKey;

    LoadCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    @Override
    int execute(ConfigurableApplicationContext context) {
        return report(context.getBean(JobRunner.class).run(Jobs.LOAD, ExtractCommand.key(target),
                Map.of(Jobs.ACCEPT_NEW_KEY, Boolean.toString(acceptNewKey))));
    }
}

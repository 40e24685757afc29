package se.vinr.cli;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vinr.app.ApplicationStarter;
import se.vinr.batch.JobRunner;
import se.vinr.app.VinrProperties;
import se.vinr.batch.Jobs;
import se.vinr.extract.job.KeySource;
import se.vinr.core.OutputLayout;

@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false)
class RunCommand extends AppCommand {

    @Mixin
    PeriodOptions target;

    @Option(names = "--input", required = true, paramLabel = "DIR", descriptionKey = "extract.input")
    Path input;

    @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "extract.profile")
    Path profile;

    RunCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    @Override
    void validate() {
        requireInputFolder(input);
        requireReadableFile(profile, "--profile");
    }

    @Override
    int execute(ConfigurableApplicationContext context) {
        context.getBeanProvider(VinrProperties.class).ifAvailable(properties -> {
            KeySource.load(null, properties);
            TargetWarnings.print(target, properties, console());
        });
        int code = report(context.getBean(JobRunner.class).run(Jobs.RUN, ExtractCommand.key(target),
                ExtractCommand.settings(input, profile)));
        if (code == ExitCodes.OK) {
            console().say("report.written", new OutputLayout(common.out())
                    .reportDir(target.municipality(), target.period()).resolve("rapport.html"));
        }
        return code;
    }
}

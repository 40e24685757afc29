package se.vinr.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vinr.app.ApplicationStarter;
import se.vinr.batch.JobRunner;
import se.vinr.app.VinrProperties;
import se.vinr.batch.Jobs;
import se.vinr.extract.job.KeySource;

@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false)
class ExtractCommand extends AppCommand {

    @Mixin
    PeriodOptions target;

    @Option(names = "--input", required = true, paramLabel = "DIR", descriptionKey = "extract.input")
    Path input;

    @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "extract.profile")
    Path profile;

    ExtractCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    @Override
    void validate() {
        requireInputFolder(input);
        requireReadableFile(profile, "--profile");
    }

    @Override
    int execute(ConfigurableApplicationContext context) {
        // A key that cannot be used ends the command here with exit code 4, before a job records a failure.
        context.getBeanProvider(VinrProperties.class).ifAvailable(properties -> {
            KeySource.load(null, properties);
            TargetWarnings.print(target, properties, console());
        });
        return report(context.getBean(JobRunner.class).run(Jobs.EXTRACT, key(target), settings(input, profile)));
    }

    static Map<String, String> key(PeriodOptions target) {
        return Map.of(JobRunner.MUNICIPALITY, target.municipality().code(), JobRunner.PERIOD, target.period().toString());
    }

    static Map<String, String> settings(Path input, Path profile) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(Jobs.INPUT, input.toAbsolutePath().normalize().toString());
        if (profile != null) {
            settings.put(Jobs.PROFILE, profile.toAbsolutePath().normalize().toString());
        }
        return settings;
    }
}

package se.vinr.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.vinr.app.ApplicationStarter;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;
import se.vinr.batch.UserFacingException;

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
    int execute(ConfigurableApplicationContext context) {
        return report(context.getBean(JobRunner.class).run(Jobs.EXTRACT, key(target), settings(input, profile)));
    }

    static Map<String, String> key(PeriodOptions target) {
        return Map.of(JobRunner.MUNICIPALITY, target.municipality().code(), JobRunner.PERIOD, target.period().toString());
    }

    static Map<String, String> settings(Path input, Path profile) {
        if (!Files.isDirectory(input)) {
            throw new UserFacingException("the input folder " + input.toAbsolutePath()
                    + " does not exist; give the folder holding cases.csv with --input");
        }
        if (profile != null && !Files.isReadable(profile)) {
            throw new UserFacingException("the profile " + profile.toAbsolutePath()
                    + " cannot be read; check the path given to --profile");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(Jobs.INPUT, input.toAbsolutePath().normalize().toString());
        if (profile != null) {
            settings.put(Jobs.PROFILE, profile.toAbsolutePath().normalize().toString());
        }
        return settings;
    }
}

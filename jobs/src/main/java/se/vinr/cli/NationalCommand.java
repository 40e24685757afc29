package se.vinr.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vinr.app.ApplicationStarter;
import se.vinr.batch.JobRunner;
import se.vinr.batch.Jobs;

@Command(name = "national", mixinStandardHelpOptions = true, sortOptions = false)
class NationalCommand extends AppCommand {

    @Option(names = "--input", arity = "1..*", paramLabel = "FILE", descriptionKey = "national.input")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--fetch", descriptionKey = "national.fetch")
    boolean fetch;

    @Option(names = "--allow-empty", descriptionKey = "national.allow-empty")
    boolean allowEmpty;

    NationalCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    @Override
    void validate() {
        inputs.forEach(input -> requireReadableFile(input, "--input"));
    }

    @Override
    int execute(ConfigurableApplicationContext context) {
        String files = inputs.stream().map(p -> p.toAbsolutePath().normalize().toString())
                .collect(Collectors.joining(java.io.File.pathSeparator));
        return report(context.getBean(JobRunner.class).run(Jobs.NATIONAL, Map.of(Jobs.SCOPE, "national"),
                Map.of(Jobs.NATIONAL_INPUTS, files, Jobs.FETCH, Boolean.toString(fetch), Jobs.ALLOW_EMPTY,
                        Boolean.toString(allowEmpty))));
    }
}

package se.vinr.cli;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vinr.app.ApplicationStarter;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.demo.DemoRunner;

@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false)
class DemoCommand extends AppCommand {

    @Option(names = "--municipality", paramLabel = "CODE", descriptionKey = "demo.municipality")
    MunicipalityCode municipality = new MunicipalityCode("2280");

    @Option(names = "--from", paramLabel = "PERIOD", descriptionKey = "demo.from")
    Period from = new Period(2021, 1);

    @Option(names = "--to", paramLabel = "PERIOD", descriptionKey = "demo.to")
    Period to = new Period(2025, 2);

    @Option(names = "--seed", paramLabel = "N", descriptionKey = "demo.seed")
    long seed = 2280;

    DemoCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    @Override
    void validate() {
        if (to.compareTo(from) < 0) {
            throw usageError("error.demo-range", to, from);
        }
    }

    @Override
    int execute(ConfigurableApplicationContext context) {
        Path report = context.getBean(DemoRunner.class).run(municipality, from, to, seed);
        console().say("demo.done", report.toAbsolutePath());
        return ExitCodes.OK;
    }
}

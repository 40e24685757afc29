package se.vinr.cli;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vinr.app.ApplicationStarter;
import se.vinr.plan.PlanCheck;
import se.vinr.plan.PlanCheckResult;
import se.vinr.plan.PlanLocator;
import se.vinr.publish.LoadedIndicators;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
class PlanCheckCommand extends AppCommand {

    @Option(names = "--plan", required = true, paramLabel = "FILE", descriptionKey = "plan.file")
    Path plan;

    PlanCheckCommand(Console console, ApplicationStarter starter) {
        super(console, starter);
    }

    @Override
    boolean locksOutput() {
        return false;
    }

    @Override
    void validate() {
        requireReadableFile(plan, "--plan");
    }

    @Override
    int execute(ConfigurableApplicationContext context) {
        PlanCheckResult result = new PlanCheck(context.getBean(PlanLocator.class).loader())
                .check(plan, context.getBean(LoadedIndicators.class).withData());
        console().print(result.format(console().language()));
        return ExitCodes.OK;
    }
}

package se.vinr.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import se.vinr.app.ApplicationStarter;
import se.vinr.app.VinrProperties;
import se.vinr.plan.PlanCheck;
import se.vinr.plan.PlanCheckResult;
import se.vinr.plan.PlanLocator;
import se.vinr.publish.LoadedIndicators;

/**
 * {@code vinr plan check}: what a plan needs reported by hand. It runs no job, so it reads the
 * settings without starting the application.
 */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false)
class PlanCheckCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--plan", required = true, paramLabel = "FILE", descriptionKey = "plan.file")
    Path plan;

    private final Console console;
    private final ApplicationStarter starter;

    PlanCheckCommand(Console console, ApplicationStarter starter) {
        this.console = console;
        this.starter = starter;
    }

    @Override
    public Integer call() {
        if (!(Files.isRegularFile(plan) && Files.isReadable(plan))) {
            throw new ParameterException(spec.commandLine(), console.text("error.file", plan.toAbsolutePath(), "--plan"));
        }
        try {
            VinrProperties properties = starter.properties(new ApplicationStarter.Settings(common.out(),
                    common.config(), common.keyFile(), console.language(), common.quiet(), common.verbose(), Map.of()));
            PlanCheckResult result = new PlanCheck(new PlanLocator(properties).loader())
                    .check(plan, new LoadedIndicators(properties).withData());
            console.print(result.format(console.language()));
            return ExitCodes.OK;
        } catch (Exception e) {
            return AppCommand.failed(console, common.out(), e);
        }
    }
}

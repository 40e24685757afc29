package se.vinr.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vinr plan}: the action plan's subcommands. */
@Command(name = "plan", mixinStandardHelpOptions = true)
class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final Console console;

    PlanCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        return MissingCommand.explain(console, spec);
    }
}

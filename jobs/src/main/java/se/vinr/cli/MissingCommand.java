package se.vinr.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What {@code vinr} or {@code vinr plan} without a command does: a command line that does nothing is a
 * wrong one (exit {@link ExitCodes#USAGE}), so it says so in one sentence and then shows the full help,
 * both on standard error, so that nothing lands on standard output of a script that forgot the command.
 */
final class MissingCommand {

    private MissingCommand() {
    }

    static int explain(Console console, CommandSpec spec) {
        console.fail(console.text("error.command", spec.qualifiedName()));
        CommandLine line = spec.commandLine();
        line.usage(line.getErr());
        line.getErr().flush();
        return ExitCodes.USAGE;
    }
}

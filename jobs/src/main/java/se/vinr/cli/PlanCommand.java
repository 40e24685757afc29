package se.vinr.cli;

import picocli.CommandLine.Command;

/** {@code vinr plan}: the action plan's subcommands. */
@Command(name = "plan", mixinStandardHelpOptions = true)
class PlanCommand implements Runnable {

    private final Console console;

    PlanCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        console.say("root.pick");
    }
}

package se.vinr.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code vinr} command; the work is in its subcommands. */
@Command(name = "vinr", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "se.vinr.cli.Messages")
class VinrCommand implements Runnable {

    @Option(names = "--lang", paramLabel = "sv|en", descriptionKey = "common.lang", scope = picocli.CommandLine.ScopeType.INHERIT)
    String lang = "sv";

    private final Console console;

    VinrCommand(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        console.say("root.pick");
    }
}

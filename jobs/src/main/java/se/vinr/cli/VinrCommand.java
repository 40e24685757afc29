package se.vinr.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import se.vinr.reports.model.Language;

/** The top-level {@code vinr} command; the work is in its subcommands. */
@Command(name = "vinr", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        resourceBundle = "se.vinr.cli.Messages")
class VinrCommand implements Callable<Integer> {

    /**
     * Read before parsing by {@link se.vinr.cli.Language#fromArgs}; declared here so that every command
     * accepts it, lists it in its help and refuses a language it does not have.
     */
    @Option(names = "--lang", paramLabel = "sv|en", descriptionKey = "common.lang", scope = ScopeType.INHERIT)
    Language lang = Language.SV;

    @Spec
    CommandSpec spec;

    private final Console console;

    VinrCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        return MissingCommand.explain(console, spec);
    }
}

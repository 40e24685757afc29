package se.vinr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;
import se.vinr.reports.model.Language;

/**
 * A command line that names a command builds that command alone (picocli reads every command it is given
 * before it parses), and anything else builds the whole tree, so that help and errors list every command.
 */
class CommandTreeTest {

    private final PrintWriter sink = new PrintWriter(new StringWriter());
    private final VinrCli cli = new VinrCli(sink, sink, new Cli.NoApplication());
    private final Console console = new Console(sink, sink, Language.EN);

    @ParameterizedTest
    @MethodSource("se.vinr.cli.Commands#names")
    void aNamedCommandIsTheOnlyOneBuilt(String command) {
        List<String> words = Commands.words(command);

        assertThat(subcommands(Cli.concat(words, "--help"))).containsExactly(words.get(0));
        assertThat(subcommands(Cli.concat(List.of("--lang", "en"), words.toArray(String[]::new))))
                .containsExactly(words.get(0));
        assertThat(subcommands(Cli.concat(List.of("--lang=sv"), words.toArray(String[]::new))))
                .containsExactly(words.get(0));
    }

    @Test
    void theWholeTreeIsBuiltForHelpAMissingOrAnUnknownCommand() {
        Set<String> all = cli.commandLine(console).getSubcommands().keySet();

        assertThat(all).hasSize(Commands.NAMES.size());
        for (List<String> args : List.of(List.<String>of(), List.of("--help"), List.of("--lang", "en"),
                List.of("extrct", "--out", "x"), List.of("--version", "status"))) {
            assertThat(subcommands(args)).as(String.join(" ", args)).containsExactlyElementsOf(all);
        }
    }

    @Test
    void theTopLevelHelpStillListsEveryCommand() {
        Cli.Result result = Cli.run("--help", "--lang", "en");

        assertThat(result.exitCode()).isZero();
        assertThat(Cli.flat(result.out())).contains("demo", "extract", "load", "national", "publish", "report", "run",
                "schedule", "status", "keygen", "bench", "plan");
    }

    private Set<String> subcommands(List<String> args) {
        CommandLine line = cli.commandLine(console, args.toArray(String[]::new));
        return line.getSubcommands().keySet();
    }
}

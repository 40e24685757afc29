package se.vinr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import se.vinr.docs.MarkdownPage;
import se.vinr.reports.model.Language;

/**
 * The command table of docs/contract.md (section 7) and of the README name exactly the commands the
 * program has, so a command added, renamed or removed in one place only fails here.
 */
class ContractCommandsTest {

    @Test
    void theContractListsEveryCommandOfTheProgramAndNoOther() {
        List<String> documented = commandNames(MarkdownPage.read("docs/contract.md").section("7.")
                .table("command", "what it does"));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(programCommands()).doesNotHaveDuplicates();
    }

    @Test
    void theReadmeListsEveryCommandOfTheProgramAndNoOther() {
        List<String> documented = commandNames(MarkdownPage.read("README.md").section("Commands")
                .table("command", "what it does"));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(programCommands()).doesNotHaveDuplicates();
    }

    /** {@code vinr plan check --plan FILE} names the command {@code plan check}: the words before any option. */
    private static List<String> commandNames(MarkdownPage.Table table) {
        return table.codes("command").stream().map(usage -> {
            List<String> words = new ArrayList<>();
            for (String word : usage.split(" ")) {
                if (!word.matches("[a-z]+")) {
                    break;
                }
                words.add(word);
            }
            assertThat(words.get(0)).as(usage).isEqualTo("vinr");
            return String.join(" ", words.subList(1, words.size()));
        }).toList();
    }

    /** The commands that do something: every leaf of the command tree, e.g. {@code plan check}. */
    private static List<String> programCommands() {
        PrintWriter nowhere = new PrintWriter(new StringWriter());
        Console console = new Console(nowhere, nowhere, Language.EN);
        List<String> names = new ArrayList<>();
        leaves(new VinrCli(nowhere, nowhere, new Cli.NoApplication()).commandLine(console), "", names);
        return names;
    }

    private static void leaves(CommandLine line, String prefix, List<String> names) {
        for (CommandLine sub : line.getSubcommands().values()) {
            String name = (prefix + " " + sub.getCommandName()).strip();
            if (sub.getSubcommands().isEmpty()) {
                names.add(name);
            } else {
                leaves(sub, name, names);
            }
        }
    }
}

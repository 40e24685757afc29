package se.vinr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import se.vinr.reports.model.Language;

/** {@code --help} of every command, in Swedish by default and in English with {@code --lang en}. */
class CommandHelpTest {

    private static final Properties SWEDISH = messages("Messages.properties");
    private static final Properties ENGLISH = messages("Messages_en.properties");

    private Locale machineLocale;

    /** A machine set to English must still get Swedish by default: the bug this guards against. */
    @BeforeEach
    void runOnAnEnglishMachine() {
        machineLocale = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restoreTheLocale() {
        Locale.setDefault(machineLocale);
    }

    @ParameterizedTest
    @MethodSource("se.vinr.cli.Commands#names")
    void printsSwedishHelpByDefault(String command) {
        Cli.Result help = Cli.run(Cli.concat(Commands.words(command), "--help"));

        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.outFlat())
                .contains("Användning: vinr " + command, "Beskrivning:", "Alternativ:",
                        "Visa den här hjälpen och avsluta.", "Avslutningskod 0 = klart")
                .contains(Cli.flat(SWEDISH.getProperty(Commands.key(command) + ".usage.description")))
                .doesNotContain("Usage:", "Options:", ENGLISH.getProperty(Commands.key(command) + ".usage.description"));
    }

    @ParameterizedTest
    @MethodSource("se.vinr.cli.Commands#names")
    void printsEnglishHelpWithLangEn(String command) {
        Cli.Result help = Cli.run(Cli.concat(Commands.words(command), "--help", "--lang", "en"));

        assertThat(help.exitCode()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.outFlat())
                .contains("Usage: vinr " + command, "Description:", "Options:", "Show this help message and exit.",
                        "Exit code 0 = done")
                .contains(Cli.flat(ENGLISH.getProperty(Commands.key(command) + ".usage.description")))
                .doesNotContain("Användning:", "Alternativ:");
    }

    @ParameterizedTest
    @MethodSource("se.vinr.cli.Commands#names")
    void takesTheLanguageBeforeTheCommandToo(String command) {
        List<String> args = new ArrayList<>(List.of("--lang=en"));
        args.addAll(Commands.words(command));
        args.add("-h");

        Cli.Result help = Cli.run(args);

        assertThat(help.exitCode()).isZero();
        assertThat(help.outFlat()).contains("Usage: vinr " + command, "--lang=sv|en");
    }

    @Test
    void listsEveryCommandInTheHelpOfVinr() {
        Cli.Result help = Cli.run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Kommandon:");
        for (String command : Commands.NAMES) {
            assertThat(help.out()).containsPattern("(?m)^  " + Commands.words(command).get(0) + " ");
        }
    }

    @Test
    void describesEveryOptionOfEveryCommandInBothLanguages() {
        Map<String, String> swedish = descriptions(Language.SV);
        Map<String, String> english = descriptions(Language.EN);

        assertThat(swedish.keySet()).containsExactlyElementsOf(english.keySet());
        assertThat(swedish).containsKeys("vinr --lang", "vinr extract --input", "vinr plan check --plan",
                "vinr keygen FILE", "vinr demo --seed");
        swedish.forEach((option, text) -> {
            assertThat(text).as("Swedish description of %s", option).isNotBlank();
            assertThat(english.get(option)).as("English description of %s", option).isNotBlank()
                    .isNotEqualTo(text);
        });
    }

    @Test
    void resolvesEveryCommandDescriptionFromItsOwnKey() {
        for (Language language : Language.values()) {
            Properties expected = language == Language.SV ? SWEDISH : ENGLISH;
            CommandLine root = commandLine(language);
            for (String command : Commands.NAMES) {
                CommandSpec spec = find(root, command);
                String key = Commands.key(command) + ".usage.description";

                assertThat(expected.getProperty(key)).as(key).isNotBlank();
                assertThat(String.join(" ", spec.usageMessage().description())).as(key)
                        .isEqualTo(expected.getProperty(key));
            }
        }
    }

    /** "vinr extract --input" → its description, for every option and positional parameter of every command. */
    private static Map<String, String> descriptions(Language language) {
        Map<String, String> descriptions = new TreeMap<>();
        collect(commandLine(language), descriptions);
        return descriptions;
    }

    private static void collect(CommandLine line, Map<String, String> descriptions) {
        CommandSpec spec = line.getCommandSpec();
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            String name = arg.isOption() ? ((OptionSpec) arg).longestName() : arg.paramLabel();
            descriptions.put(spec.qualifiedName() + " " + name, String.join(" ", arg.description()));
        }
        line.getSubcommands().values().forEach(sub -> collect(sub, descriptions));
    }

    private static CommandLine commandLine(Language language) {
        PrintWriter sink = new PrintWriter(new StringWriter());
        return new VinrCli(sink, sink, new Cli.NoApplication()).commandLine(new Console(sink, sink, language));
    }

    private static CommandSpec find(CommandLine root, String command) {
        CommandLine line = root;
        for (String word : Commands.words(command)) {
            line = line.getSubcommands().get(word);
        }
        return line.getCommandSpec();
    }

    private static Properties messages(String name) {
        Properties properties = new Properties();
        try (InputStream in = CommandHelpTest.class.getResourceAsStream("/se/vinr/cli/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

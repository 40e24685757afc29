package se.vinr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;


/**
 * A wrong command line exits 2 with one sentence on standard error, in the user's language, and never
 * starts the application ({@link Cli.NoApplication} fails the test if it does).
 */
class OptionValidationTest {

    @TempDir
    Path dir;

    static Stream<Arguments> requiredOptions() {
        return Stream.of(
                Arguments.of("extract", "--municipality"), Arguments.of("extract", "--period"),
                Arguments.of("extract", "--input"), Arguments.of("load", "--municipality"),
                Arguments.of("load", "--period"), Arguments.of("publish", "--municipality"),
                Arguments.of("publish", "--period"), Arguments.of("report", "--municipality"),
                Arguments.of("report", "--period"), Arguments.of("run", "--municipality"),
                Arguments.of("run", "--period"), Arguments.of("run", "--input"),
                Arguments.of("plan check", "--plan"));
    }

    @ParameterizedTest
    @MethodSource("requiredOptions")
    void refusesAMissingRequiredOptionInOneSentenceNamingIt(String command, String option) {
        Cli.Result result = Cli.run(Commands.without(Commands.valid(command, dir), option));

        assertUsageError(result, "Alternativ saknas: " + option + " (se 'vinr " + command + " --help').");
    }

    @Test
    void saysWhichOptionLacksItsValue() {
        Cli.Result result = Cli.run("report", "--municipality", "2280", "--period");

        assertUsageError(result, "Värde saknas för --period (se 'vinr report --help').");
    }

    @Test
    void refusesKeygenWithoutAFile() {
        assertUsageError(Cli.run("keygen"), "Argument saknas: FILE (se 'vinr keygen --help').");
    }

    @Test
    void refusesALoadGivenBothAHalfYearAndARange() {
        Cli.Result result = Cli.run(Cli.concat(Commands.valid("load", dir), "--from", "2025H1", "--to", "2026H1"));

        assertUsageError(result, "Ange antingen --period eller --from och --to, inte båda (se 'vinr load --help').");
    }

    @Test
    void refusesALoadRangeWithoutItsLastHalfYear() {
        Cli.Result result = Cli.run(Cli.concat(Commands.without(Commands.valid("load", dir), "--period"),
                "--from", "2025H1"));

        assertUsageError(result, "Alternativ saknas: --to (se 'vinr load --help').");
    }

    @Test
    void refusesALoadRangeThatEndsBeforeItStarts() {
        Cli.Result result = Cli.run(Cli.concat(Commands.without(Commands.valid("load", dir), "--period"),
                "--from", "2026H1", "--to", "2025H2"));

        assertUsageError(result, "--to (2025H2) får inte komma före --from (2026H1) (se 'vinr load --help').");
    }

    @Test
    void namesEveryMissingOptionInTheSameSentence() {
        Cli.Result result = Cli.run("extract");

        assertUsageError(result, "Alternativ saknas: --municipality, --period, --input (se 'vinr extract --help').");
    }

    @ParameterizedTest
    @MethodSource("se.vinr.cli.Commands#names")
    void refusesAnUnknownOption(String command) {
        Cli.Result result = Cli.run(Cli.concat(Commands.valid(command, dir), "--colour"));

        assertUsageError(result, "Okänt alternativ eller argument: --colour (se 'vinr " + command + " --help').");
    }

    @ParameterizedTest
    @MethodSource("se.vinr.cli.Commands#names")
    void speaksEnglishInErrorsWithLangEn(String command) {
        Cli.Result result = Cli.run(Cli.concat(Commands.valid(command, dir), "--lang", "en", "--colour"));

        assertUsageError(result, "Unknown option or argument: --colour (see 'vinr " + command + " --help').");
    }

    @ParameterizedTest
    @MethodSource("se.vinr.cli.Commands#names")
    void refusesALanguageItDoesNotHave(String command) {
        Cli.Result result = Cli.run(Cli.concat(Commands.valid(command, dir), "--lang", "de"));

        assertUsageError(result, "Ogiltigt värde för --lang: språket ska vara sv eller en, inte 'de' (se 'vinr "
                + command + " --help').");
    }

    static Stream<Arguments> periodOptions() {
        return Stream.of(Arguments.of("extract", "--period"), Arguments.of("load", "--period"),
                Arguments.of("publish", "--period"), Arguments.of("report", "--period"), Arguments.of("run", "--period"),
                Arguments.of("demo", "--from"), Arguments.of("demo", "--to"));
    }

    @ParameterizedTest
    @MethodSource("periodOptions")
    void refusesAThirdHalfYearWithASwedishSentence(String command, String option) {
        String reason = "halvåret ska skrivas som 2026H1 eller 2026H2 (år, H, halvår), inte '2026H3'";

        Cli.Result result = Cli.run(Commands.with(Commands.valid(command, dir), option, "2026H3"));

        assertUsageError(result, "Ogiltigt värde för " + option + ": " + reason + " (se 'vinr " + command + " --help').");
    }

    static Stream<String> municipalityCommands() {
        return Stream.of("extract", "load", "report", "run", "demo");
    }

    @ParameterizedTest
    @MethodSource("municipalityCommands")
    void refusesAFiveDigitMunicipalityWithASwedishSentence(String command) {
        String reason = "kommunen ska anges med SCB:s fyrsiffriga kod, t.ex. 2280, inte '22800'";

        Cli.Result result = Cli.run(Commands.with(Commands.valid(command, dir), "--municipality", "22800"));

        assertUsageError(result, "Ogiltigt värde för --municipality: " + reason + " (se 'vinr " + command
                + " --help').");
    }

    @Test
    void refusesASeedThatIsNotANumber() {
        Cli.Result result = Cli.run("demo", "--seed", "many");

        assertUsageError(result, null);
        assertThat(result.err()).startsWith("Ogiltigt värde för --seed:").contains("'many'");
    }

    @Test
    void explainsABadPeriodInEnglishWhenAsked() {
        Cli.Result result = Cli.run(Cli.concat(Commands.with(Commands.valid("load", dir), "--period", "2026H3"),
                "--lang", "en"));

        assertUsageError(result, "Invalid value for --period: the period must look like 2026H1 or 2026H2 "
                + "(year, H, half), not '2026H3' (see 'vinr load --help').");
    }

    @Test
    void refusesADemoThatEndsBeforeItStarts() {
        Cli.Result result = Cli.run("demo", "--from", "2025H2", "--to", "2025H1", "--lang", "en");

        assertUsageError(result, "--to (2025H1) must not come before --from (2025H2) (see 'vinr demo --help').");
    }

    static Stream<String> inputCommands() {
        return Stream.of("extract", "run");
    }

    @ParameterizedTest
    @MethodSource("inputCommands")
    void refusesAnInputFolderThatDoesNotExist(String command) {
        Path missing = dir.resolve("no-such-export");

        Cli.Result result = Cli.run(Commands.with(Commands.valid(command, dir), "--input", missing.toString()));

        assertUsageError(result, "Mappen " + missing.toAbsolutePath() + " finns inte; ange mappen med cases.csv med"
                + " --input (se 'vinr " + command + " --help').");
    }

    static Stream<Arguments> fileOptions() {
        return Stream.of(Arguments.of("extract", "--profile"), Arguments.of("run", "--profile"),
                Arguments.of("national", "--input"), Arguments.of("plan check", "--plan"));
    }

    @ParameterizedTest
    @MethodSource("fileOptions")
    void refusesAFileThatCannotBeRead(String command, String option) {
        Path missing = dir.resolve("no-such-file.yaml");

        Cli.Result result = Cli.run(Commands.with(Commands.valid(command, dir), option, missing.toString()));

        assertUsageError(result, "Filen " + missing.toAbsolutePath() + " kan inte läsas; kontrollera sökvägen som"
                + " gavs med " + option + " (se 'vinr " + command + " --help').");
    }

    @Test
    void refusesAnUnknownCommand() {
        Cli.Result result = Cli.run("rapport");

        assertUsageError(result, null);
        assertThat(result.err()).contains("rapport");
    }

    /** Exit 2, nothing on standard output, and one line on standard error that is one sentence. */
    private static void assertUsageError(Cli.Result result, String expectedSentence) {
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(1);
        String line = result.errLines().get(0);
        assertThat(line).endsWith(".").doesNotContainPattern("[.!?;] \\p{Lu}");
        if (expectedSentence != null) {
            assertThat(line).isEqualTo(expectedSentence);
        }
    }
}

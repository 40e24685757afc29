package se.vinr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code vinr} itself: its version, and what it does without a command. */
class VinrCommandTest {

    @Test
    void printsItsVersion() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("vinr " + VersionProvider.version());
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("se.vinr.cli.Commands#names")
    void printsTheVersionFromEveryCommand(String command) {
        Cli.Result result = Cli.run(Cli.concat(Commands.words(command), "-V"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("vinr " + VersionProvider.version());
    }

    @Test
    void showsTheHelpAndExits2WithoutACommand() {
        Cli.Result result = Cli.run();

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines().get(0)).isEqualTo("Ange ett kommando efter 'vinr'; kommandona står nedan.");
        assertThat(Cli.flat(result.err())).contains("Användning: vinr", "Kommandon:", "demo", "extract", "plan",
                "status", "--lang=sv|en");
    }

    @Test
    void showsTheHelpInEnglishWithoutACommand() {
        Cli.Result result = Cli.run("--lang", "en");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.errLines().get(0)).isEqualTo("Give a command after 'vinr'; the commands are listed below.");
        assertThat(result.err()).contains("Usage: vinr", "Commands:");
    }

    @Test
    void showsThePlanHelpWithoutAPlanCommand() {
        Cli.Result result = Cli.run("plan");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines().get(0)).isEqualTo("Ange ett kommando efter 'vinr plan'; kommandona står nedan.");
        assertThat(Cli.flat(result.err())).contains("Användning: vinr plan", "check");
    }
}

package se.vinr.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;

/** {@code vinr plan check}: the real command on the seed plan, before any data is loaded and on a bad file. */
class PlanCheckCommandTest {

    @TempDir
    Path temp;

    @Test
    void listsWhatTheSeedPlanNeedsReportedByHandBeforeAnyDataIsLoaded() {
        Result result = run("plan", "check", "--plan", Path.of("..", "seeds", "plans", "harnosand.yaml").toString(),
                "--out", temp.resolve("out").toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("D1").contains("training_basic_coverage").contains("new_cases");
        assertThat(result.out().lines().count()).isGreaterThan(10);
    }

    @Test
    void refusesABadPlanWithOneSentenceNamingTheFile() throws Exception {
        Path plan = Files.writeString(temp.resolve("plan.yaml"), "format_version: 1\nmunicipality: \"2280\"\nbogus: 1\n");

        Result result = run("plan", "check", "--plan", plan.toString(), "--out", temp.resolve("out").toString());

        assertThat(result.code()).isNotZero();
        assertThat(result.err()).contains("plan.yaml");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new VinrCli(new PrintWriter(out, true), new PrintWriter(err, true), new ApplicationStarter())
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}

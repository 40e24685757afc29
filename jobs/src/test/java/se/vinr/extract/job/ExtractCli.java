package se.vinr.extract.job;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;
import se.vinr.extract.pseudonym.KeyFileException;
import se.vinr.extract.pseudonym.PseudonymKey;

/** The real {@code vinr} command line, run in this JVM as a user would run it, with what it printed. */
final class ExtractCli {

    static final String MUNICIPALITY = "2280";
    static final String PERIOD = "2026H1";

    private ExtractCli() {
    }

    record Result(int exitCode, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new VinrCli(new PrintWriter(out, true), new PrintWriter(err, true), new ApplicationStarter())
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code vinr extract} of municipality 2280, period 2026H1, with any further options. */
    static Result extract(Path input, Path out, Path key, String... more) {
        List<String> args = new ArrayList<>(List.of("extract", "--municipality", MUNICIPALITY, "--period", PERIOD,
                "--input", input.toString(), "--out", out.toString(), "--key-file", key.toString()));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }

    static Path newKey(Path file) throws KeyFileException {
        PseudonymKey.generate(new SecureRandom()).writeTo(file);
        return file;
    }

    static Path extractDir(Path out) {
        return out.resolve("extracts").resolve(MUNICIPALITY).resolve(PERIOD);
    }
}

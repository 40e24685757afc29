package se.vinr.ops;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;

/** The real {@code vinr} command line run in this JVM, for cases that need no separate process. */
final class VinrInMemory {

    record Result(int exitCode, String out, String err) {

        String firstErrorLine() {
            return err.lines().findFirst().orElse("");
        }
    }

    private VinrInMemory() {
    }

    static Result run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new VinrCli(new PrintWriter(out, true), new PrintWriter(err, true), new ApplicationStarter())
                .execute(args.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }
}

package se.vinr.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import se.vinr.app.ApplicationStarter;

/** Runs {@code vinr} in memory and keeps what it printed. */
final class Cli {

    /** What one invocation did. */
    record Result(int exitCode, String out, String err) {

        /** The non-empty lines of standard error. */
        List<String> errLines() {
            return Arrays.stream(err.split("\\R")).filter(line -> !line.isBlank()).toList();
        }

        /** Standard output with every run of white space made one space, as help wraps its lines. */
        String outFlat() {
            return flat(out);
        }
    }

    private Cli() {
    }

    /** Runs with an application starter that fails the test if anything starts the application. */
    static Result run(List<String> args) {
        return run(new NoApplication(), args);
    }

    static Result run(String... args) {
        return run(List.of(args));
    }

    static Result run(ApplicationStarter starter, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new VinrCli(new PrintWriter(out, true), new PrintWriter(err, true), starter)
                .execute(args.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }

    /** Option errors and help must never boot Spring: this starter fails the test when called. */
    static final class NoApplication extends ApplicationStarter {
        @Override
        public org.springframework.context.ConfigurableApplicationContext start(Settings settings) {
            throw new AssertionError("the application was started although the command line should have been refused");
        }
    }
}

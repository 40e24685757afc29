package se.vinr;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import se.vinr.app.ApplicationStarter;
import se.vinr.cli.VinrCli;

/** {@code java -jar vinr.jar <command> [options]}. */
public final class Vinr {

    private Vinr() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(new VinrCli(out, err, new ApplicationStarter()).execute(args));
    }
}

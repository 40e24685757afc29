package se.vinr.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options every command that touches the output folder takes (docs/contract.md#7-commands). */
public class CommonOptions {

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "common.out")
    Path out = Path.of("out");

    @Option(names = "--config", paramLabel = "FILE", descriptionKey = "common.config")
    Path config;

    @Option(names = "--key-file", paramLabel = "FILE", descriptionKey = "common.key-file")
    Path keyFile;

    @Option(names = "--quiet", descriptionKey = "common.quiet")
    boolean quiet;

    @Option(names = "--verbose", descriptionKey = "common.verbose")
    boolean verbose;

    public Path out() {
        return out;
    }

    public Path config() {
        return config;
    }

    public Path keyFile() {
        return keyFile;
    }

    public boolean quiet() {
        return quiet;
    }

    public boolean verbose() {
        return verbose;
    }
}

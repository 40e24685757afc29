package se.vinr.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every command of docs/contract.md#7-commands, and a command line for each that parses. */
final class Commands {

    static final List<String> NAMES = List.of("demo", "extract", "load", "national", "publish", "report", "run", "schedule",
            "status", "keygen", "plan check", "bench");

    private Commands() {
    }

    static Stream<String> names() {
        return NAMES.stream();
    }

    /** The words that name the command: {@code plan check} is two. */
    static List<String> words(String name) {
        return List.of(name.split(" "));
    }

    /** The property prefix picocli uses for the command's texts, e.g. {@code vinr.plan.check}. */
    static String key(String name) {
        return "vinr." + name.replace(' ', '.');
    }

    /**
     * A command line for {@code name} that parses and passes every check made before the application
     * starts; its files and folders are made under {@code dir}.
     */
    static List<String> valid(String name, Path dir) {
        List<String> args = new ArrayList<>(words(name));
        switch (name) {
            case "extract", "run" -> args.addAll(List.of("--municipality", "2280", "--period", "2026H1",
                    "--input", folder(dir.resolve("input")).toString()));
            case "load", "publish", "report" -> args.addAll(List.of("--municipality", "2280", "--period", "2026H1"));
            case "keygen" -> args.add(dir.resolve("new.key").toString());
            case "plan check" -> args.addAll(List.of("--plan", file(dir.resolve("plan.yaml")).toString()));
            default -> {
                // demo, national, schedule, status and bench need no option
            }
        }
        return args;
    }

    /** {@code args} without {@code option} and the value after it. */
    static List<String> without(List<String> args, String option) {
        List<String> kept = new ArrayList<>(args);
        int at = kept.indexOf(option);
        if (at < 0) {
            throw new IllegalArgumentException(option + " is not in " + args);
        }
        kept.remove(at);
        kept.remove(at);
        return kept;
    }

    /** {@code args} with the value after {@code option} replaced. */
    static List<String> with(List<String> args, String option, String value) {
        List<String> changed = new ArrayList<>(args);
        int at = changed.indexOf(option);
        if (at < 0) {
            changed.add(option);
            changed.add(value);
        } else {
            changed.set(at + 1, value);
        }
        return changed;
    }

    private static Path folder(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path file(Path path) {
        try {
            return Files.exists(path) ? path : Files.writeString(path, "municipality: '2280'\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

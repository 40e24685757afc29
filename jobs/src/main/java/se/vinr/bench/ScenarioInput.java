package se.vinr.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import se.vinr.core.MunicipalityCode;
import se.vinr.demo.SyntheticPackages;

/**
 * The synthetic exports of a scenario, written by {@link SyntheticPackages} to
 * {@code <root>/<municipality>/<period>/}. Each municipality has its own fixed seed, so a scenario's
 * files are the same on every run and every machine.
 */
public final class ScenarioInput {

    /**
     * The share of rows in cases and contacts written deliberately invalid, so validation and the
     * rejects file do their usual work; a fifth of the demo's, since the smallest municipalities have
     * only a handful of case rows a half-year.
     */
    static final double BAD_ROW_SHARE = 0.002;
    private static final long SEED_BASE = 8_000_000_000L;

    private ScenarioInput() {
    }

    public static List<InputPackage> generate(Scenario scenario, Path root, Consumer<String> progress) {
        List<InputPackage> packages = new ArrayList<>();
        SyntheticPackages generator = new SyntheticPackages();
        int done = 0;
        for (Scenario.Site site : scenario.sites()) {
            MunicipalityCode code = site.municipality();
            List<SyntheticPackages.GeneratedPackage> generated = generator.write(new SyntheticPackages.Settings(
                    code, site.population(), scenario.from(), scenario.to(), seed(code), List.of(), BAD_ROW_SHARE),
                    root.resolve(code.code()));
            for (SyntheticPackages.GeneratedPackage g : generated) {
                packages.add(new InputPackage(code, g.period(), g.directory(), g.rows()));
            }
            done++;
            if (done % 50 == 0) {
                progress.accept(scenario.name() + ": generated " + done + " of " + scenario.sites().size()
                        + " municipalities");
            }
        }
        return List.copyOf(packages);
    }

    static long seed(MunicipalityCode code) {
        return SEED_BASE + Integer.parseInt(code.code());
    }

    /** Data rows per file name over all packages, in name order. */
    public static Map<String, Long> rowsByFile(List<InputPackage> packages) {
        Map<String, Long> rows = new TreeMap<>();
        for (InputPackage p : packages) {
            p.rows().forEach((file, count) -> rows.merge(file, count.longValue(), Long::sum));
        }
        return rows;
    }

    public static long bytes(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(ScenarioInput::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the input under " + root, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + file, e);
        }
    }
}

package se.vinr.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.vinr.app.VinrProperties;
import se.vinr.core.ProjectFiles;

/**
 * What is allowed but most likely a mistake in the municipality and half-year a command is given: a
 * code that is no municipality in {@code seeds/municipalities.csv} (a typo such as 9999 reports a
 * municipality nobody can compare with), and a half-year that has not ended (its figures are
 * incomplete). The command goes on; the user reads the warning on standard output.
 */
final class TargetWarnings {

    private TargetWarnings() {
    }

    static List<String> of(PeriodOptions target, VinrProperties properties, LocalDate today, Console console) {
        List<String> warnings = new ArrayList<>();
        if (!knownMunicipalities(properties).contains(target.municipality().code())) {
            warnings.add(console.text("warning.municipality", target.municipality().code()));
        }
        if (today.isBefore(target.period().end()) || today.isEqual(target.period().end())) {
            warnings.add(console.text("warning.period-not-ended", target.period(), target.period().end()));
        }
        return warnings;
    }

    static void print(PeriodOptions target, VinrProperties properties, Console console) {
        of(target, properties, LocalDate.now(), console).forEach(console::print);
    }

    private static List<String> knownMunicipalities(VinrProperties properties) {
        String csv = ProjectFiles.of(properties.seedsDir(), "seeds").read("municipalities.csv");
        return csv.lines().skip(1).map(line -> line.split(",", 2)[0].trim()).filter(code -> !code.isEmpty()).toList();
    }
}

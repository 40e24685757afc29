package se.vinr.bench;

import java.nio.file.Path;
import java.util.Map;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;

/** One generated extract package: its folder and the data rows of each file. */
public record InputPackage(MunicipalityCode municipality, Period period, Path directory, Map<String, Integer> rows) {

    public InputPackage {
        rows = Map.copyOf(rows);
    }

    public long totalRows() {
        return rows.values().stream().mapToLong(Integer::longValue).sum();
    }
}

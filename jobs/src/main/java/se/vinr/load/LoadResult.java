package se.vinr.load;

import java.util.List;
import java.util.Map;

import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.extract.RecordKind;

/**
 * A committed load.
 *
 * @param rows       rows loaded per record kind present in the package
 * @param warnings   the data tests' warnings, also stored in {@code meta.data_test_results}
 * @param keyChanged the package's key differs from the earlier loads' (accepted by the options)
 */
public record LoadResult(MunicipalityCode municipality, Period period, Map<RecordKind, Long> rows,
                         List<DataTestFinding> warnings, boolean keyChanged) {

    public LoadResult {
        rows = Map.copyOf(rows);
        warnings = List.copyOf(warnings);
    }
}

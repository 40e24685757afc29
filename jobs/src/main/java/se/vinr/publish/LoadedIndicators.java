package se.vinr.publish;

import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import se.vinr.app.VinrProperties;
import se.vinr.indicators.IndicatorCatalogue;
import se.vinr.indicators.IndicatorRunner;
import se.vinr.indicators.RawIndicatorRow;
import se.vinr.load.Warehouse;

/** The indicator catalogue in use, and which of its indicators the loaded data gives a value. */
@Component
public class LoadedIndicators {

    private final VinrProperties properties;

    public LoadedIndicators(VinrProperties properties) {
        this.properties = properties;
    }

    public IndicatorCatalogue catalogue() {
        return properties.sqlDir() != null && !properties.sqlDir().toString().isBlank()
                ? IndicatorCatalogue.fromDirectory(properties.sqlDir()) : IndicatorCatalogue.fromClasspath();
    }

    /** Ids of the indicators with at least one non-empty numerator or value in the warehouse. */
    public Set<String> withData() {
        Set<String> ids = new TreeSet<>();
        if (!Files.exists(properties.warehouseFile())) {
            return ids;
        }
        try (Warehouse warehouse = Warehouse.openReadOnly(properties.warehouseFile())) {
            for (RawIndicatorRow row : new IndicatorRunner(catalogue()).run(warehouse.connection())) {
                if ((row.numerator() != null && row.numerator() > 0) || row.value() != null) {
                    ids.add(row.indicator());
                }
            }
        }
        return ids;
    }
}

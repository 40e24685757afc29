package se.vinr.core;

import java.nio.file.Path;

/** Where every step reads and writes under the output folder (docs/contract.md#5-output). */
public record OutputLayout(Path root) {

    public OutputLayout {
        root = root.toAbsolutePath().normalize();
    }

    public Path extractDir(MunicipalityCode municipality, Period period) {
        return root.resolve("extracts").resolve(municipality.code()).resolve(period.toString());
    }

    public Path manifest(MunicipalityCode municipality, Period period) {
        return extractDir(municipality, period).resolve("manifest.json");
    }

    public Path rejects(MunicipalityCode municipality, Period period) {
        return extractDir(municipality, period).resolve("rejects.csv");
    }

    public Path warehouse() {
        return root.resolve("warehouse.duckdb");
    }

    public Path reportDir(MunicipalityCode municipality, Period period) {
        return root.resolve("reports").resolve(municipality.code()).resolve(period.toString());
    }

    public Path jobRepositoryDir() {
        return root.resolve("jobs");
    }

    public Path lockFile() {
        return root.resolve(".vinr.lock");
    }
}

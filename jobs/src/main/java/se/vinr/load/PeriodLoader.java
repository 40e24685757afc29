package se.vinr.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import se.vinr.core.Sha256;
import se.vinr.core.ProjectFiles;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.OutputLayout;
import se.vinr.core.Period;
import se.vinr.extract.OutputColumn;
import se.vinr.extract.OutputSchema;
import se.vinr.extract.RecordKind;

/**
 * Loads one extract package (one municipality, one period) into the warehouse, replacing an
 * earlier load of the same package. Everything that can be checked before writing is checked
 * first (manifest complete, files unchanged since the extract, same pseudonymisation key); the
 * writing itself is one transaction, so a failure at any step leaves the warehouse as it was.
 * The warehouse must already be at the current schema ({@link Migrations#migrate}).
 */
public final class PeriodLoader {

    private final ProjectFiles sql;
    private final DataTests dataTests;
    private final Clock clock;

    public PeriodLoader(ProjectFiles sql, DataTests dataTests, Clock clock) {
        this.sql = sql;
        this.dataTests = dataTests;
        this.clock = clock;
    }

    private record Part(RecordKind kind, Path file, long written) {
    }

    public LoadResult load(Warehouse warehouse, OutputLayout layout, MunicipalityCode municipality, Period period,
                           LoadOptions options) {
        String name = municipality + " " + period;
        Path manifestFile = layout.manifest(municipality, period);
        Manifest manifest = Manifest.read(manifestFile);
        if (!manifest.complete()) {
            throw new LoadRefusedException("the extract of " + name + " failed or is incomplete (manifest status: "
                    + Optional.ofNullable(manifest.status()).orElse("none") + "); run extract again");
        }
        if (!municipality.code().equals(manifest.municipality()) || !period.toString().equals(manifest.period())) {
            throw new LoadRefusedException(manifestFile + " describes " + manifest.municipality() + " "
                    + manifest.period() + ", not " + name + ": the extract folder has been moved or copied");
        }
        List<DataTestFinding> notes = new ArrayList<>();
        List<Part> parts = parts(manifest, layout.extractDir(municipality, period), notes);
        verifyChecksums(manifest, parts, layout.extractDir(municipality, period));
        String manifestSha = sha256(manifestFile);
        boolean keyChanged = checkKey(warehouse, municipality, name, manifest, options, notes);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);

        return warehouse.inTransaction(connection -> {
            SqlScript.load(sql, "load/replaced_keys.sql").run(connection, municipality.code(), period.toString());
            SqlScript.load(sql, "load/clear_package.sql").run(connection, municipality.code(), period.toString());
            Map<RecordKind, Long> rows = new EnumMap<>(RecordKind.class);
            for (Part part : parts) {
                rows.put(part.kind(), insert(connection, municipality, period, part));
            }
            for (RecordKind kind : RecordKind.values()) {
                SqlScript.load(sql, "load/core_" + kind.baseName() + ".sql").run(connection, municipality.code(),
                        period.toString());
            }
            SqlScript.load(sql, "load/core_units.sql").run(connection, municipality.code());
            SqlScript.load(sql, "load/record_period.sql").run(connection, municipality.code(), period.toString(),
                    period.start(), period.end(), now);
            SqlScript.load(sql, "load/record_load.sql").run(connection, loadParameters(
                    municipality, period, now, manifest, manifestSha, keyChanged, rows));

            List<DataTestFinding> findings = dataTests.run(connection, municipality, period);
            List<DataTestFinding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty()) {
                throw new DataTestFailedException(municipality.code(), period.toString(), errors);
            }
            List<DataTestFinding> warnings = new ArrayList<>(notes);
            warnings.addAll(findings);
            DataTests.store(connection, municipality, period, warnings, now);
            return new LoadResult(municipality, period, rows, warnings, keyChanged);
        });
    }

    private static List<Part> parts(Manifest manifest, Path dir, List<DataTestFinding> notes) {
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<String, Manifest.ManifestFile> entry : manifest.files().entrySet()) {
            Manifest.ManifestFile file = entry.getValue();
            Optional<RecordKind> kind = RecordKind.byCsvName(entry.getKey())
                    .or(() -> kindOfOutput(file.output()));
            if (kind.isEmpty()) {
                notes.add(new DataTestFinding("manifest", Severity.WARNING,
                        "the manifest lists " + entry.getKey() + ", which is no input file the load knows; ignored",
                        "manifestet tar upp " + entry.getKey() + ", som inte är någon indatafil som laddningen känner; hoppas över"));
                continue;
            }
            if (file.output() == null) {
                if (file.written() > 0) {
                    throw new LoadRefusedException("the manifest says " + file.written() + " rows of " + entry.getKey()
                            + " were written but names no output file: run extract again");
                }
                continue;
            }
            parts.add(new Part(kind.get(), dir.resolve(file.output()), file.written()));
        }
        if (parts.stream().noneMatch(p -> p.kind() == RecordKind.CASES)) {
            throw new LoadRefusedException("the extract in " + dir + " has no cases.parquet, which every package needs: run extract again");
        }
        parts.sort((a, b) -> a.kind().compareTo(b.kind()));
        return parts;
    }

    private static Optional<RecordKind> kindOfOutput(String output) {
        if (output == null) {
            return Optional.empty();
        }
        for (RecordKind kind : RecordKind.values()) {
            if (kind.parquetName().equals(output)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static void verifyChecksums(Manifest manifest, List<Part> parts, Path dir) {
        Map<String, String> expected = manifest.files().values().stream()
                .filter(f -> f.output() != null)
                .collect(Collectors.toMap(Manifest.ManifestFile::output, f -> String.valueOf(f.outputSha256()), (a, b) -> a));
        for (Part part : parts) {
            String fileName = part.file().getFileName().toString();
            if (!Files.isRegularFile(part.file())) {
                throw new LoadRefusedException("the extract file " + fileName + " listed in the manifest is missing from "
                        + dir + ": run extract again");
            }
            if (!sha256(part.file()).equalsIgnoreCase(expected.get(fileName))) {
                throw new LoadRefusedException("the extract file " + fileName + " in " + dir + " does not match the SHA-256 in"
                        + " its manifest: it was changed after the extract wrote it; run extract again");
            }
        }
    }

    private static String sha256(Path file) {
        try {
            return Sha256.of(file);
        } catch (IOException e) {
            throw new LoadRefusedException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Refuses a key other than the one of the municipality's latest load, unless accepted; true when changed. */
    private static boolean checkKey(Warehouse warehouse, MunicipalityCode municipality, String name, Manifest manifest,
                                    LoadOptions options, List<DataTestFinding> notes) {
        if (manifest.keyFingerprint() == null || manifest.keyFingerprint().isBlank()) {
            throw new LoadRefusedException("the manifest of " + name + " has no key fingerprint: run extract again");
        }
        Optional<String> earlier = earlierFingerprint(warehouse, municipality);
        if (earlier.isEmpty() || earlier.get().equals(manifest.keyFingerprint())) {
            return false;
        }
        if (!options.acceptNewKey()) {
            throw new LoadRefusedException("the extract of " + name + " was pseudonymised with another key (fingerprint "
                    + manifest.keyFingerprint() + ") than the earlier loads of " + municipality + " (" + earlier.get()
                    + "): the same person would get another pseudonym, which breaks every trend; extract again with"
                    + " the earlier key, or accept the new key if the old one is lost for good");
        }
        notes.add(new DataTestFinding("key_changed", Severity.WARNING,
                "the pseudonymisation key changed (" + earlier.get() + " to " + manifest.keyFingerprint()
                        + "): persons cannot be followed across this period",
                "pseudonymiseringsnyckeln har bytts (" + earlier.get() + " till " + manifest.keyFingerprint()
                        + "): personer kan inte följas över denna period"));
        return true;
    }

    private static Optional<String> earlierFingerprint(Warehouse warehouse, MunicipalityCode municipality) {
        try (PreparedStatement query = warehouse.connection().prepareStatement(
                "SELECT key_fingerprint FROM meta.loads WHERE municipality = ? ORDER BY loaded_at DESC, period DESC LIMIT 1")) {
            query.setString(1, municipality.code());
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new WarehouseException("cannot read earlier loads from " + warehouse.file()
                    + " (is its schema current?): " + e.getMessage(), e);
        }
    }

    private static long insert(Connection connection, MunicipalityCode municipality, Period period, Part part)
            throws SQLException {
        List<String> columns = OutputSchema.of(part.kind()).columns().stream().map(OutputColumn::name)
                .map(c -> '"' + c + '"').toList();
        String list = String.join(", ", columns);
        String statement = "INSERT INTO staging." + part.kind().baseName() + " (municipality, period, " + list + ") "
                + "SELECT ?, ?, " + list + " FROM read_parquet(?)";
        long inserted;
        try (PreparedStatement insert = connection.prepareStatement(statement)) {
            insert.setString(1, municipality.code());
            insert.setString(2, period.toString());
            insert.setString(3, part.file().toString());
            inserted = insert.executeLargeUpdate();
        } catch (SQLException e) {
            throw new SQLException("cannot load " + part.file().getFileName() + ": " + e.getMessage(), e.getSQLState(), e);
        }
        if (inserted != part.written()) {
            throw new LoadRefusedException(part.file().getFileName() + " holds " + inserted + " rows but the manifest says "
                    + part.written() + " were written: run extract again");
        }
        return inserted;
    }

    private static Object[] loadParameters(MunicipalityCode municipality, Period period, LocalDateTime now,
                                           Manifest manifest, String manifestSha, boolean keyChanged,
                                           Map<RecordKind, Long> rows) {
        List<Object> parameters = new ArrayList<>(List.of(municipality.code(), period.toString(),
                manifest.keyFingerprint(), manifestSha));
        parameters.add(manifest.toolVersion());
        parameters.add(manifest.created());
        parameters.add(keyChanged);
        parameters.add(now);
        for (RecordKind kind : RecordKind.values()) {
            parameters.add(rows.get(kind));
        }
        return parameters.toArray();
    }
}

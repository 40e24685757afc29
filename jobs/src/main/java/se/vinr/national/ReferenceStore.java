package se.vinr.national;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import se.vinr.core.Sha256;
import se.vinr.load.SqlScript;
import se.vinr.core.ProjectFiles;
import se.vinr.load.Warehouse;

/**
 * Writes an import into the ref tables: records it in ref.imports, compares every value with the
 * stored one of the same key (changes go to ref.import_changes), and replaces the stored values.
 * The values are appended to temporary tables first so the comparison and merge are set operations
 * in SQL ({@code national/ref_*.sql}).
 */
public final class ReferenceStore {

    private final ProjectFiles sql;
    private final Clock clock;

    public ReferenceStore(ProjectFiles sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Writes the batch in its own transaction. */
    public ImportResult write(Warehouse warehouse, ImportBatch batch) {
        return warehouse.inTransaction(connection -> write(connection, batch));
    }

    /** Writes the batch inside the caller's transaction. */
    ImportResult write(Connection connection, ImportBatch batch) throws SQLException {
        rejectDuplicates(batch);
        long importId = record(connection, batch.file().toAbsolutePath().normalize().toString(), batch.format(),
                sha256(batch), batch.rows());
        SqlScript.load(sql, "national/ref_incoming.sql").run(connection);
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender figures = duck.createAppender("temp", "main", "incoming_figures")) {
            for (NationalFigure f : batch.figures()) {
                figures.beginRow();
                figures.append(f.indicator()).append(f.area()).append(f.year()).append(f.sex()).append(f.value())
                        .append(f.unit()).append(f.source()).append(f.yearNumber()).append(f.referenceId())
                        .append(f.domain()).append(f.geography()).append(f.qualifier()).append(f.sourceQuote())
                        .append(f.denominator()).append(f.ageGroup());
                figures.endRow();
            }
        }
        try (DuckDBAppender population = duck.createAppender("temp", "main", "incoming_population")) {
            for (PopulationFigure p : batch.population()) {
                population.beginRow();
                population.append(p.region()).append(p.year()).append(p.sex()).append(p.ageGroup())
                        .append(p.population()).append(p.source()).append(p.derived());
                population.endRow();
            }
        }
        try (DuckDBAppender groups = duck.createAppender("temp", "main", "incoming_peer_groups")) {
            for (PeerGroupMember member : batch.peerGroups()) {
                groups.beginRow();
                groups.append(member.groupId()).append(member.title()).append(member.municipalityCode());
                groups.endRow();
            }
        }
        SqlScript.load(sql, "national/ref_merge_figures.sql").run(connection, importId, batch.format(), batch.replaces());
        SqlScript.load(sql, "national/ref_merge_peer_groups.sql").run(connection, importId, batch.format(),
                batch.replaces());
        SqlScript.load(sql, "national/ref_merge_population.sql").run(connection, importId, batch.format(), batch.replaces());
        return new ImportResult(importId, batch.file(), batch.format(), batch.rows(), changes(connection, importId),
                batch.warnings(), batch.read(), batch.skipped(), replaced(connection, importId));
    }

    /** The first replaced values of an import, as "indicator area year sex: old → new". */
    private static List<String> replaced(Connection connection, long importId) throws SQLException {
        List<String> replaced = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT dataset, indicator, area, year, sex, "
                + "old_value, new_value FROM ref.import_changes WHERE import_id = ? "
                + "ORDER BY dataset, indicator, area, year, sex LIMIT " + ImportResult.SHOWN_REPLACEMENTS)) {
            select.setLong(1, importId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String what = "population".equals(rs.getString(1)) ? "population " + rs.getString(3) + " "
                            + rs.getString(4) + " " + rs.getString(5) + " " + rs.getString(2)
                            : rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5);
                    replaced.add(what + ": " + rs.getObject(6) + " → " + rs.getObject(7));
                }
            }
        }
        return replaced;
    }

    /** Records an import in ref.imports and returns its id. */
    long record(Connection connection, String file, String format, String sha256, long rows) throws SQLException {
        long importId;
        try (PreparedStatement next = connection.prepareStatement("SELECT COALESCE(MAX(import_id), 0) + 1 FROM ref.imports");
             ResultSet id = next.executeQuery()) {
            id.next();
            importId = id.getLong(1);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ref.imports VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, importId);
            insert.setString(2, file);
            insert.setString(3, format);
            insert.setString(4, sha256);
            insert.setTimestamp(5, Timestamp.valueOf(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS)));
            insert.setLong(6, rows);
            insert.executeUpdate();
        }
        return importId;
    }

    private static long changes(Connection connection, long importId) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM ref.import_changes WHERE import_id = ?")) {
            count.setLong(1, importId);
            try (ResultSet n = count.executeQuery()) {
                n.next();
                return n.getLong(1);
            }
        }
    }

    private static void rejectDuplicates(ImportBatch batch) {
        Set<String> seen = new HashSet<>();
        for (NationalFigure f : batch.figures()) {
            if (!seen.add(f.key())) {
                throw new NationalImportException(batch.file() + " gives two values for " + f.key()
                        + " (indicator, area, year, sex, age group): keep one");
            }
        }
        seen.clear();
        for (PeerGroupMember m : batch.peerGroups()) {
            if (!seen.add(m.key())) {
                throw new NationalImportException(batch.file() + " lists municipality " + m.municipalityCode()
                        + " twice in group " + m.groupId() + ": keep one");
            }
        }
        seen.clear();
        for (PopulationFigure p : batch.population()) {
            if (!seen.add(p.key())) {
                throw new NationalImportException(batch.file() + " gives two populations for " + p.key()
                        + " (region, year, sex, age group): keep one");
            }
        }
    }

    static String sha256(ImportBatch batch) {
        try {
            return Sha256.of(batch.file());
        } catch (IOException e) {
            throw new NationalImportException("cannot read " + batch.file() + ": " + e.getMessage(), e);
        }
    }
}

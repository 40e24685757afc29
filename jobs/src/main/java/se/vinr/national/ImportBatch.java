package se.vinr.national;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one file contributes to the reference tables.
 *
 * @param format   recorded in ref.imports: 'kolada', 'pxweb', 'csv' or 'seed:&lt;file name&gt;'
 * @param replaces when true, rows that earlier imports of the same format brought and this one
 *                 lacks are removed (the seeds replace themselves); otherwise rows are only added
 *                 or updated
 * @param warnings what the importer left out and why, one sentence per kind
 * @param peerGroups Kolada municipality groups and their members; each group listed replaces its stored members
 * @param read     the values, cells or members the file holds, stored or not
 * @param skipped  values left out, counted by reason (e.g. "member is a region, not a municipality")
 */
public record ImportBatch(Path file, String format, List<NationalFigure> figures, List<PopulationFigure> population,
                          boolean replaces, List<String> warnings, List<PeerGroupMember> peerGroups, long read,
                          Map<String, Long> skipped) {

    public ImportBatch {
        figures = List.copyOf(figures);
        population = List.copyOf(population);
        warnings = List.copyOf(warnings);
        peerGroups = List.copyOf(peerGroups);
        skipped = java.util.Collections.unmodifiableMap(new TreeMap<>(skipped));
    }

    /** A batch that stores every value it read. */
    public ImportBatch(Path file, String format, List<NationalFigure> figures, List<PopulationFigure> population,
                       boolean replaces, List<String> warnings, List<PeerGroupMember> peerGroups) {
        this(file, format, figures, population, replaces, warnings, peerGroups,
                figures.size() + population.size() + peerGroups.size(), Map.of());
    }

    /** A batch of figures and population without municipality groups. */
    public ImportBatch(Path file, String format, List<NationalFigure> figures, List<PopulationFigure> population,
                       boolean replaces, List<String> warnings) {
        this(file, format, figures, population, replaces, warnings, List.of());
    }

    /** Every row the batch stores. */
    public long rows() {
        return figures.size() + population.size() + peerGroups.size();
    }
}

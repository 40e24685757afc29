package se.vinr.national;

import java.nio.file.Path;
import java.util.List;

/**
 * What one file contributes to the reference tables.
 *
 * @param format   recorded in ref.imports: 'kolada', 'pxweb', 'csv' or 'seed:&lt;file name&gt;'
 * @param replaces when true, rows that earlier imports of the same format brought and this one
 *                 lacks are removed (the seeds replace themselves); otherwise rows are only added
 *                 or updated
 * @param warnings what the importer left out and why
 * @param peerGroups Kolada municipality groups and their members; each group listed replaces its stored members
 */
public record ImportBatch(Path file, String format, List<NationalFigure> figures, List<PopulationFigure> population,
                          boolean replaces, List<String> warnings, List<PeerGroupMember> peerGroups) {

    public ImportBatch {
        figures = List.copyOf(figures);
        population = List.copyOf(population);
        warnings = List.copyOf(warnings);
        peerGroups = List.copyOf(peerGroups);
    }

    /** A batch of figures and population without municipality groups. */
    public ImportBatch(Path file, String format, List<NationalFigure> figures, List<PopulationFigure> population,
                       boolean replaces, List<String> warnings) {
        this(file, format, figures, population, replaces, warnings, List.of());
    }

    /** Every row the batch brings. */
    public long rows() {
        return figures.size() + population.size() + peerGroups.size();
    }
}

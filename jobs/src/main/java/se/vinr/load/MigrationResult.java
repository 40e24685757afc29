package se.vinr.load;

import java.util.List;

/** What a migration run did: the schema version before and after, and the files applied. */
public record MigrationResult(int fromVersion, int toVersion, List<Migration> applied) {

    public MigrationResult {
        applied = List.copyOf(applied);
    }
}

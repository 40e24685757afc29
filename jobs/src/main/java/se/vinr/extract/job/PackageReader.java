package se.vinr.extract.job;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.OptionalDouble;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.Messages;
import se.vinr.extract.csv.RawRecord;
import se.vinr.extract.db.DatabaseSettings;
import se.vinr.extract.db.JdbcItemReader;
import se.vinr.extract.db.JdbcRecordSource;
import se.vinr.extract.profile.MappingProfile;

/**
 * Reads one record kind of a package: from the reporting database when the profile has a query for
 * it, else from its CSV file in the input folder. Either way the rows that follow are the same raw
 * rows, so validation, pseudonymisation, rejects and the manifest do not know the difference.
 */
public class PackageReader implements ItemStreamReader<RawRecord>, ReadProgress {

    private final ItemStreamReader<RawRecord> delegate;
    private final ReadProgress progress;

    public PackageReader(RecordKind kind, Path inputDir, MappingProfile profile, Messages messages) {
        if (readsFromDatabase(profile, kind)) {
            MappingProfile.DatabaseConnection connection = profile.database().get();
            JdbcRecordSource source = JdbcRecordSource.connect(new DatabaseSettings(connection.url(),
                    connection.user(), connection.passwordVariable(), profile.databaseQueries()),
                    System.getenv(), messages.locale(), ZoneId.systemDefault());
            delegate = new JdbcItemReader(kind, source, profile.headerRenames(kind));
            progress = OptionalDouble::empty;
        } else {
            CsvItemReader csv = new CsvItemReader(kind, inputDir, profile, messages);
            delegate = csv;
            progress = csv;
        }
    }

    /** Whether {@code kind} comes from the database, whose dates are always written {@code yyyy-MM-dd}. */
    static boolean readsFromDatabase(MappingProfile profile, RecordKind kind) {
        return profile.database().isPresent() && profile.databaseQuery(kind).isPresent();
    }

    @Override
    public void open(ExecutionContext context) {
        delegate.open(context);
    }

    @Override
    public RawRecord read() throws Exception {
        return delegate.read();
    }

    @Override
    public void update(ExecutionContext context) {
        delegate.update(context);
    }

    @Override
    public void close() {
        delegate.close();
    }

    @Override
    public OptionalDouble fractionRead() {
        return progress.fractionRead();
    }
}

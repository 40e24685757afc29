package se.vinr.extract.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import se.vinr.app.VinrProperties;
import se.vinr.cli.VersionProvider;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.extract.OutputSchema;
import se.vinr.extract.PseudonymisedRow;
import se.vinr.extract.RecordKind;
import se.vinr.extract.csv.Messages;
import se.vinr.extract.csv.RawRecord;
import se.vinr.extract.parquet.ParquetItemWriter;
import se.vinr.extract.profile.MappingProfile;
import se.vinr.extract.pseudonym.PseudonymKey;
import se.vinr.extract.pseudonym.Pseudonymiser;
import se.vinr.extract.validate.RowValidator;

/**
 * The extract's steps: one chunk-oriented step per record kind (read CSV → validate and pseudonymise
 * → Parquet), then the manifest step. The step-scoped reader, processor and writer learn their record
 * kind from the step's name and the package from the job parameters.
 *
 * <p>The files' steps run in parallel ({@code vinr.extract-threads} at a time) inside one flow step,
 * {@value #FILES_STEP}. They share nothing: each file has its own reader, validator (the duplicate check
 * is within a file), pseudonymiser, rejects part and Parquet file, so each file's output is the same
 * bytes whichever thread wrote it and whatever ran beside it, and the manifest step, which joins the
 * parts in record-kind order, runs only after all of them. Each file's step is still a step of its own
 * in the job history, so a restart skips the files that completed and redoes only the others.
 */
@Configuration
public class ExtractSteps {

    /** The flow step that holds the files' steps. */
    static final String FILES_STEP = "extract-files";

    private final VinrProperties properties;

    public ExtractSteps(VinrProperties properties) {
        this.properties = properties;
    }

    /**
     * The steps in order, for the extract job and the run job alike.
     *
     * <p>The processor is deliberately not passed to {@code stream()} or {@code listener()}: the builder
     * registers reader, writer and processor as streams and listeners itself, in that order, after the
     * listeners given here, and calls {@code afterStep} in reverse order. So the processor's reject-share
     * check runs before the writer's {@code afterStep} publishes the Parquet file, and a file over the
     * limit is never published, not even to the work folder.
     */
    @Bean
    public List<Step> extractStepList(JobRepository repository, PlatformTransactionManager transactions,
                                      PackageReader extractReader, ValidatingProcessor extractProcessor,
                                      ParquetItemWriter extractWriter, ManifestTasklet manifestTasklet,
                                      KeyGuard extractKeyGuard) {
        List<Flow> files = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            Step step = new StepBuilder(ExtractWorkspace.stepName(kind), repository)
                    .<RawRecord, PseudonymisedRow>chunk(properties.chunkSize())
                    .transactionManager(transactions)
                    .reader(extractReader)
                    .processor(extractProcessor)
                    .writer(extractWriter)
                    .listener(extractKeyGuard)
                    .listener(new ProgressListener(kind.csvName(), extractReader))
                    .build();
            files.add(new FlowBuilder<SimpleFlow>(step.getName()).start(step).build());
        }
        Flow split = new FlowBuilder<SimpleFlow>(FILES_STEP)
                .split(fileExecutor(properties.extractThreadCount()))
                .add(files.toArray(Flow[]::new))
                .build();
        Step manifest = new StepBuilder("extract-manifest", repository)
                .tasklet(manifestTasklet, transactions)
                .listener(extractKeyGuard)
                .build();
        return List.of(new StepBuilder(FILES_STEP, repository).flow(split).build(), manifest);
    }

    /**
     * Runs the files' steps at most {@code threads} at a time, handing them out in {@link RecordKind}
     * order so the largest files (cases, contacts) start first. The throttled executor makes the split
     * wait for a free thread rather than queue without bound; with one thread the steps run one after
     * the other on the job's own thread, as before.
     */
    private static TaskExecutor fileExecutor(int threads) {
        if (threads <= 1) {
            return new SyncTaskExecutor();
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("extract-");
        executor.setConcurrencyLimit(threads);
        return executor;
    }

    @Bean
    @StepScope
    public PackageReader extractReader(@Value("#{stepExecution.stepName}") String step,
                                       @Value("#{jobParameters['input']}") String input,
                                       @Value("#{jobParameters['profile']}") String profile) {
        return new PackageReader(ExtractWorkspace.kindOfStep(step), Path.of(input), profile(profile), messages());
    }

    @Bean
    @StepScope
    public ValidatingProcessor extractProcessor(@Value("#{stepExecution.stepName}") String step,
                                                @Value("#{jobParameters['municipality']}") String municipality,
                                                @Value("#{jobParameters['period']}") String period,
                                                @Value("#{jobParameters['profile']}") String profile,
                                                @Value("#{jobParameters['demoKey']}") String demoKey) {
        RecordKind kind = ExtractWorkspace.kindOfStep(step);
        Period half = Period.parse(period);
        MappingProfile mapping = profile(profile);
        if (PackageReader.readsFromDatabase(mapping, kind)) {
            mapping = mapping.withIsoDates();
        }
        RowValidator validator = new RowValidator(kind, half, mapping, new PersonIdChecker(half.end()),
                kind.csvName(), messages());
        Pseudonymiser pseudonymiser = new Pseudonymiser(KeySource.load(demoKey, properties));
        return new ValidatingProcessor(validator, new RowPseudonymiser(kind, pseudonymiser),
                workspace(municipality, period).rejects(kind), properties.rejectShareLimit(), messages(),
                kind.csvName());
    }

    @Bean
    @StepScope
    public ParquetItemWriter extractWriter(@Value("#{stepExecution.stepName}") String step,
                                           @Value("#{jobParameters['municipality']}") String municipality,
                                           @Value("#{jobParameters['period']}") String period) {
        RecordKind kind = ExtractWorkspace.kindOfStep(step);
        return new ParquetItemWriter(workspace(municipality, period).parquet(kind), OutputSchema.of(kind));
    }

    @Bean
    @StepScope
    public KeyGuard extractKeyGuard(@Value("#{jobParameters['demoKey']}") String demoKey) {
        return new KeyGuard(KeySource.load(demoKey, properties).fingerprint(), messages());
    }

    @Bean
    @StepScope
    public ManifestTasklet manifestTasklet(JobRepository repository,
                                           @Value("#{jobParameters['municipality']}") String municipality,
                                           @Value("#{jobParameters['period']}") String period,
                                           @Value("#{jobParameters['profile']}") String profile,
                                           @Value("#{jobParameters['demoKey']}") String demoKey) {
        PseudonymKey key = KeySource.load(demoKey, properties);
        return new ManifestTasklet(repository, workspace(municipality, period), key.fingerprint(), profile,
                VersionProvider.version());
    }

    private ExtractWorkspace workspace(String municipality, String period) {
        return new ExtractWorkspace(properties.layout(), MunicipalityCode.parse(municipality), Period.parse(period));
    }

    private Messages messages() {
        return Messages.of(se.vinr.cli.LanguageOption.locale(properties.reportLanguage()));
    }

    private MappingProfile profile(String profile) {
        return profile == null || profile.isBlank() ? MappingProfile.none() : MappingProfile.load(Path.of(profile),
                messages());
    }
}

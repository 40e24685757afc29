package se.vinr.extract.job;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.parquet.format.Util;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import se.vinr.app.VinrProperties;
import se.vinr.batch.JobRunner;
import se.vinr.batch.ResumeCheck;
import se.vinr.core.MunicipalityCode;
import se.vinr.core.Period;
import se.vinr.extract.RecordKind;

/**
 * Before an extract (or a run) is resumed: every extract step the job history records as completed
 * must have left its Parquet file, with as many rows as the step wrote, and its rejects; once the
 * manifest step has completed, the manifest too. Until the manifest step has begun, a file is looked
 * for in the work folder only, since the published place may hold an earlier extract of the period.
 */
@Component
class ExtractResumeCheck implements ResumeCheck {

    private static final String MANIFEST_STEP = "extract-manifest";

    private final JobRepository repository;
    private final VinrProperties properties;

    ExtractResumeCheck(JobRepository repository, VinrProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public Optional<String> missingOutput(JobExecution failed) {
        JobParameters parameters = failed.getJobParameters();
        String municipality = parameters.getString(JobRunner.MUNICIPALITY);
        String period = parameters.getString(JobRunner.PERIOD);
        JobInstance instance = failed.getJobInstance();
        if (municipality == null || period == null
                || repository.getLastStepExecution(instance, ExtractWorkspace.stepName(RecordKind.CASES)) == null) {
            return Optional.empty();
        }
        ExtractWorkspace workspace = new ExtractWorkspace(properties.layout(), MunicipalityCode.parse(municipality),
                Period.parse(period));
        StepExecution manifest = repository.getLastStepExecution(instance, MANIFEST_STEP);
        boolean published = manifest != null;
        if (published && manifest.getStatus() == BatchStatus.COMPLETED
                && !Files.isRegularFile(workspace.outputDir().resolve("manifest.json"))) {
            return Optional.of(workspace.outputDir().resolve("manifest.json").toString());
        }
        for (RecordKind kind : RecordKind.values()) {
            StepExecution step = repository.getLastStepExecution(instance, ExtractWorkspace.stepName(kind));
            if (step == null || step.getStatus() != BatchStatus.COMPLETED
                    || "true".equals(step.getExecutionContext().getString(CsvItemReader.MISSING, "false"))) {
                continue;
            }
            Path work = workspace.parquet(kind);
            Path target = workspace.outputDir().resolve(kind.parquetName());
            Path parquet = Files.isRegularFile(work) ? work : published && Files.isRegularFile(target) ? target : null;
            if (parquet == null || rows(parquet) != step.getWriteCount()) {
                return Optional.of(work.toString());
            }
            boolean rejects = Files.isRegularFile(workspace.rejects(kind))
                    || published && Files.isRegularFile(workspace.outputDir().resolve("rejects.csv"));
            if (!rejects) {
                return Optional.of(workspace.rejects(kind).toString());
            }
        }
        return Optional.empty();
    }

    /**
     * The rows the file's footer lists; -1 when it has none (a file cut off before its footer). The
     * footer is read directly (its Thrift form ends the file, followed by its length and {@code PAR1}),
     * since parquet-java's file reader needs the Hadoop classes the extract leaves out.
     */
    private static long rows(Path parquet) {
        try (FileChannel file = FileChannel.open(parquet, StandardOpenOption.READ)) {
            long size = file.size();
            if (size < 12) {
                return -1;
            }
            ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            file.read(tail, size - 8);
            int footerLength = tail.getInt(0);
            boolean magic = tail.get(4) == 'P' && tail.get(5) == 'A' && tail.get(6) == 'R' && tail.get(7) == '1';
            if (!magic || footerLength <= 0 || footerLength > size - 12) {
                return -1;
            }
            ByteBuffer footer = ByteBuffer.allocate(footerLength);
            file.read(footer, size - 8 - footerLength);
            return Util.readFileMetaData(new ByteArrayInputStream(footer.array())).getNum_rows();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}

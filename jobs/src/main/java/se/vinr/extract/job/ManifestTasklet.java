package se.vinr.extract.job;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import se.vinr.core.Sha256;
import se.vinr.batch.DiskFull;
import se.vinr.extract.RecordKind;
import se.vinr.extract.RejectReason;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The last extract step: moves the Parquet files of every record kind into place, joins the rejects
 * into one {@code rejects.csv}, and writes {@code manifest.json} last, with {@code "status":
 * "complete"} — the load refuses an extract without it.
 */
class ManifestTasklet implements Tasklet {

    private final JobRepository repository;
    private final ExtractWorkspace workspace;
    private final String keyFingerprint;
    private final String profile;
    private final String toolVersion;

    ManifestTasklet(JobRepository repository, ExtractWorkspace workspace, String keyFingerprint, String profile,
                    String toolVersion) {
        this.repository = repository;
        this.workspace = workspace;
        this.keyFingerprint = keyFingerprint;
        this.profile = profile;
        this.toolVersion = toolVersion;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        StepExecution self = chunkContext.getStepContext().getStepExecution();
        Path out = workspace.outputDir();
        Files.deleteIfExists(out.resolve("manifest.json"));
        Map<String, Object> files = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            StepExecution step = repository.getLastStepExecution(self.getJobExecution().getJobInstance(),
                    ExtractWorkspace.stepName(kind));
            ExecutionContext context = step.getExecutionContext();
            Path target = out.resolve(kind.parquetName());
            if ("true".equals(context.getString(CsvItemReader.MISSING, "false"))) {
                missing.add(kind.csvName());
                Files.deleteIfExists(target);
                continue;
            }
            moveIntoPlace(workspace.parquet(kind), target);
            files.put(kind.csvName(), fileEntry(step, context, target));
        }
        Path rejects = out.resolve("rejects.csv");
        try {
            joinRejects(rejects);
        } catch (IOException e) {
            throw DiskFull.at(rejects, e);
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("municipality", workspace.municipality().code());
        manifest.put("period", workspace.period().toString());
        manifest.put("status", "complete");
        manifest.put("files", files);
        manifest.put("missing_files", missing);
        manifest.put("key_fingerprint", keyFingerprint);
        manifest.put("profile", profile);
        manifest.put("tool_version", toolVersion);
        manifest.put("created", Instant.now().toString());
        Path manifestFile = out.resolve("manifest.json");
        Path part = out.resolve("manifest.json.part");
        byte[] json = json(manifest);
        try {
            Files.write(part, json);
        } catch (IOException e) {
            throw DiskFull.at(part, e);
        }
        Files.move(part, manifestFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(workspace.workDir());
        return RepeatStatus.FINISHED;
    }

    /**
     * The manifest as indented JSON, written with Jackson's streaming generator and the pretty printer
     * Jackson's {@code ObjectMapper} indents with, so the bytes are those it wrote: the object mapper loads
     * about 450 classes of data binding into every extract for this one small file (issue 18).
     */
    static byte[] json(Map<String, Object> manifest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ObjectWriteContext indented = new ObjectWriteContext.Base() {
            @Override
            public PrettyPrinter getPrettyPrinter() {
                return new DefaultPrettyPrinter();
            }
        };
        try (JsonGenerator generator = JsonFactory.builder().build().createGenerator(indented, bytes)) {
            write(generator, manifest);
        }
        return bytes.toByteArray();
    }

    /** A value of the manifest: a map, a list, a whole number, null, or anything else as its text. */
    private static void write(JsonGenerator generator, Object value) {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeName(entry.getKey().toString());
                write(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                write(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof Long number) {
            generator.writeNumber(number);
        } else if (value instanceof Integer number) {
            generator.writeNumber(number);
        } else {
            generator.writeString(value.toString());
        }
    }

    /**
     * Only this step moves files out of the work folder, and every extract step of the job instance has
     * completed, so a work file that is gone while its target exists was moved by an earlier attempt of
     * this step that failed later (writing the manifest, say): the restart keeps it.
     */
    private static void moveIntoPlace(Path work, Path target) throws IOException {
        if (Files.exists(work) || !Files.exists(target)) {
            Files.move(work, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static Map<String, Object> fileEntry(StepExecution step, ExecutionContext context, Path target)
            throws IOException {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("read", step.getReadCount());
        entry.put("written", step.getWriteCount());
        entry.put("rejected", step.getFilterCount());
        Map<String, Long> byReason = new LinkedHashMap<>();
        for (RejectReason reason : RejectReason.values()) {
            String key = ValidatingProcessor.REJECTED_PREFIX + reason.code();
            if (context.containsKey(key)) {
                byReason.put(reason.code(), context.getLong(key));
            }
        }
        entry.put("rejected_by_reason", byReason);
        String ignored = context.getString(CsvItemReader.IGNORED, "");
        entry.put("ignored_columns", ignored.isEmpty() ? List.of() : Arrays.asList(ignored.split("\u001f")));
        entry.put("sha256", context.getString(CsvItemReader.SHA256, null));
        entry.put("output", target.getFileName().toString());
        entry.put("output_sha256", Sha256.of(target));
        return entry;
    }

    private void joinRejects(Path target) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            writer.write(String.join(",", RejectsFile.HEADER));
            writer.write('\n');
            for (RecordKind kind : RecordKind.values()) {
                Path part = workspace.rejects(kind);
                if (Files.exists(part)) {
                    try (Stream<String> lines = Files.lines(part, StandardCharsets.UTF_8)) {
                        for (String line : (Iterable<String>) lines::iterator) {
                            writer.write(line);
                            writer.write('\n');
                        }
                    }
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

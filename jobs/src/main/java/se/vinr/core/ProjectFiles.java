package se.vinr.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The project's {@code sql/} or {@code seeds/} tree: an analyst's edited copy on disk when one is
 * configured, else the copy packaged in the jar (read through Spring's resource resolver, since a
 * folder inside the nested jar cannot be listed as files).
 */
public final class ProjectFiles {

    private final Path directory;
    private final String packaged;

    private ProjectFiles(Path directory, String packaged) {
        this.directory = directory;
        this.packaged = packaged;
    }

    /**
     * @param configured the folder given in configuration, or null for the packaged copy
     * @param packaged the class-path folder name: {@code sql} or {@code seeds}
     */
    public static ProjectFiles of(Path configured, String packaged) {
        if (configured != null && !configured.toString().isBlank()) {
            if (!Files.isDirectory(configured)) {
                throw new IllegalArgumentException("the configured folder " + configured.toAbsolutePath()
                        + " does not exist; fix vinr." + packaged + "-dir or leave it empty to use the packaged copy");
            }
            return new ProjectFiles(configured.toAbsolutePath(), packaged);
        }
        return new ProjectFiles(null, packaged);
    }

    /** Where the files come from, for messages and the report's method notes. */
    public String describe() {
        return directory != null ? directory.toString() : "classpath:" + packaged + "/";
    }

    public boolean exists(String relative) {
        if (directory != null) {
            return Files.exists(directory.resolve(relative));
        }
        return getClass().getClassLoader().getResource(packaged + "/" + relative) != null;
    }

    public InputStream open(String relative) throws IOException {
        if (directory != null) {
            return Files.newInputStream(directory.resolve(relative));
        }
        InputStream in = getClass().getClassLoader().getResourceAsStream(packaged + "/" + relative);
        if (in == null) {
            throw new IOException(packaged + "/" + relative + " is not in the packaged files");
        }
        return in;
    }

    public String read(String relative) {
        try (InputStream in = open(relative)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + describe() + relative, e);
        }
    }

    /** The relative paths of a folder's files whose names end in {@code suffix}, sorted by name. */
    public List<String> list(String folder, String suffix) {
        List<String> names = new ArrayList<>();
        try {
            if (directory != null) {
                Path dir = directory.resolve(folder);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> files = Files.list(dir)) {
                        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).forEach(names::add);
                    }
                }
            } else {
                Resource[] found = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                        .getResources("classpath*:" + packaged + "/" + folder + "/*" + suffix);
                for (Resource resource : found) {
                    names.add(resource.getFilename());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + describe() + folder, e);
        }
        return names.stream().distinct().sorted().map(n -> folder + "/" + n).toList();
    }
}

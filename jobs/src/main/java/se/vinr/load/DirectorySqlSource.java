package se.vinr.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** SQL files read from a directory on disk. */
final class DirectorySqlSource implements SqlSource {

    private final Path root;

    DirectorySqlSource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String read(String path) {
        Path file = root.resolve(path);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WarehouseException("cannot read the SQL file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> list(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            throw new WarehouseException("the SQL folder " + dir + " does not exist");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new WarehouseException("cannot list the SQL folder " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }
}

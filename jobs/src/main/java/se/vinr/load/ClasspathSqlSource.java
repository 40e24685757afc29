package se.vinr.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * SQL files packaged as classpath resources under a root folder. Listing uses Spring's pattern
 * resolver because a plain class loader cannot list a folder inside a (nested) jar.
 */
final class ClasspathSqlSource implements SqlSource {

    private final String root;
    private final PathMatchingResourcePatternResolver resolver =
            new PathMatchingResourcePatternResolver(ClasspathSqlSource.class.getClassLoader());

    ClasspathSqlSource(String root) {
        this.root = root;
    }

    @Override
    public String read(String path) {
        String name = root + "/" + path;
        try (InputStream in = ClasspathSqlSource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new WarehouseException("the SQL file " + name + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WarehouseException("cannot read the SQL file " + name + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> list(String folder) {
        try {
            Resource[] found = resolver.getResources("classpath*:" + root + "/" + folder + "/*.sql");
            return Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull).distinct().sorted().toList();
        } catch (IOException e) {
            throw new WarehouseException("cannot list the SQL folder " + root + "/" + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "classpath:" + root;
    }
}

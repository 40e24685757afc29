package se.vinr.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's "Where the code lives" names every Java package of both modules once, and no package that
 * does not exist: a package added, moved or removed without the table fails here.
 */
class ReadmeCodeTableTest {

    private static final List<Path> SOURCE_ROOTS = List.of(
            MarkdownPage.ROOT.resolve("jobs/src/main/java"), MarkdownPage.ROOT.resolve("reports/src/main/java"));

    @Test
    void listsEveryPackageOfBothModulesExactlyOnce() throws IOException {
        List<String> listed = MarkdownPage.read("README.md").section("Where the code lives")
                .table("step", "package", "what it holds", "SQL / data / docs").codes("package");

        assertThat(listed).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(listed)).containsExactlyElementsOf(packages());
    }

    /** Every folder under a module's source root that holds a Java file, as {@code se/vinr/extract/csv/}. */
    private static Set<String> packages() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (Path root : SOURCE_ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .map(file -> root.relativize(file.getParent()).toString().replace('\\', '/') + "/")
                        .forEach(packages::add);
            }
        }
        assertThat(packages).as("the source roots hold Java packages").contains("se/vinr/cli/", "se/vinr/reports/");
        return packages;
    }
}

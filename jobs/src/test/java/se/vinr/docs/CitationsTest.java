package se.vinr.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Code, SQL and docs cite the contract as {@code docs/contract.md#<section>}: every such anchor must be a
 * heading of that page, and nothing may cite the old contract outside the repository, which a reader of
 * the repository cannot follow.
 */
class CitationsTest {

    private static final List<String> FOLDERS = List.of("jobs/src", "reports/src", "sql", "seeds", "docs");
    private static final Pattern ANCHOR = Pattern.compile("contract\\.md#([A-Za-z0-9_-]+)");
    /** The old forms: the old file's upper-case name, or a section number right after the word contract. */
    private static final Pattern OLD_CITATION = Pattern.compile(
            "CONTRACT[.]md|\\b[Cc]ontract('s)?,? [(]?sections? [0-9]");

    @Test
    void everyCitedSectionOfTheContractExists() throws IOException {
        Set<String> anchors = MarkdownPage.read("docs/contract.md").anchors();
        List<String> cited = new ArrayList<>();
        for (Path file : files()) {
            Matcher matcher = ANCHOR.matcher(read(file));
            while (matcher.find()) {
                cited.add(matcher.group(1));
                assertThat(anchors).as("%s cites docs/contract.md#%s", file, matcher.group(1))
                        .contains(matcher.group(1));
            }
        }
        assertThat(cited).as("the code cites the contract's sections").isNotEmpty();
    }

    @Test
    void nothingCitesTheContractOutsideTheRepository() throws IOException {
        List<String> old = new ArrayList<>();
        for (Path file : files()) {
            List<String> lines = read(file).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (OLD_CITATION.matcher(lines.get(i)).find()) {
                    old.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(old).as("cite docs/contract.md#<section> instead").isEmpty();
    }

    /** The text files of the source, SQL, seed and docs folders and the top-level Markdown pages. */
    private static List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            try (Stream<Path> walk = Files.walk(MarkdownPage.ROOT.resolve(folder))) {
                walk.filter(Files::isRegularFile).filter(CitationsTest::isText).forEach(files::add);
            }
        }
        try (Stream<Path> top = Files.list(MarkdownPage.ROOT)) {
            top.filter(file -> file.toString().endsWith(".md")).forEach(files::add);
        }
        return files;
    }

    private static boolean isText(Path file) {
        return file.toString().matches(".*\\.(java|sql|md|properties|yml|yaml|jte|html|css|txt)$");
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        }
    }
}

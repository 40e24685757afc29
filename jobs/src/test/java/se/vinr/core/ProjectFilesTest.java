package se.vinr.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {

    @TempDir
    Path dir;

    @Test
    void listsAndReadsAFolderOnDiskByEnding() throws IOException {
        Files.createDirectories(dir.resolve("schema"));
        Files.writeString(dir.resolve("schema/V002__second.sql"), "SELECT 2;\n");
        Files.writeString(dir.resolve("schema/V001__first.sql"), "SELECT 1;\n");
        Files.writeString(dir.resolve("schema/notes.md"), "not SQL");
        ProjectFiles sql = ProjectFiles.of(dir, ProjectFiles.SQL);

        assertThat(sql.list("schema", ".sql")).containsExactly("schema/V001__first.sql", "schema/V002__second.sql");
        assertThat(sql.read("schema/V002__second.sql")).isEqualTo("SELECT 2;\n");
        assertThat(sql.list("missing", ".sql")).isEmpty();
        assertThat(sql.location("schema/x.sql")).isEqualTo(dir.toAbsolutePath().resolve("schema/x.sql").toString());
    }

    @Test
    void withoutAConfiguredFolderReadsThePackagedCopy() {
        ProjectFiles sql = ProjectFiles.of(null, ProjectFiles.SQL);

        assertThat(sql.describe()).isEqualTo("classpath:sql/");
        assertThat(sql.list("schema", ".sql")).contains("schema/V001__staging_and_meta.sql");
        assertThat(sql.read("schema/V001__staging_and_meta.sql")).contains("CREATE");
    }

    @Test
    void namesAMissingFileAndAMissingConfiguredFolder() {
        assertThatThrownBy(() -> ProjectFiles.of(null, ProjectFiles.SQL).read("load/none.sql"))
                .hasMessageContaining("classpath:sql/load/none.sql");
        assertThatThrownBy(() -> ProjectFiles.of(dir.resolve("nowhere"), ProjectFiles.SQL))
                .hasMessageContaining("vinr.sql-dir");
    }
}

package se.vinr.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SqlSourceTest {

    @Test
    void listsAndReadsSqlFilesOnTheClasspath() {
        SqlSource source = new ClasspathSqlSource("load/sqlsource");

        assertThat(source.list("schema")).containsExactly("V001__first.sql", "V002__second.sql");
        assertThat(source.read("schema/V002__second.sql")).isEqualTo("SELECT 2;\n");
    }

    @Test
    void listsAndReadsSqlFilesInADirectory() {
        SqlSource source = SqlSource.of(Optional.of(Path.of("src", "test", "resources", "load", "sqlsource")));

        assertThat(source.list("schema")).containsExactly("V001__first.sql", "V002__second.sql");
        assertThat(source.read("schema/V001__first.sql")).contains("SELECT 1;");
    }

    @Test
    void withoutADirectoryReadsTheClasspath() {
        assertThat(SqlSource.of(Optional.empty()).describe()).isEqualTo("classpath:sql");
    }

    @Test
    void namesAMissingFile() {
        assertThatThrownBy(() -> new ClasspathSqlSource("load/sqlsource").read("schema/V009__none.sql"))
                .hasMessageContaining("load/sqlsource/schema/V009__none.sql is not on the classpath");
        assertThatThrownBy(() -> TestWarehouses.SQL.read("load/none.sql")).hasMessageContaining("none.sql");
    }
}

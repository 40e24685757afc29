package se.vinr.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SqlTextTest {

    @Test
    void splitsAtSemicolonsThatEndALineAndDropsCommentLines() {
        String script = """
                -- a header; with a semicolon
                CREATE TABLE a (x INTEGER);
                INSERT INTO a
                SELECT 1;
                SELECT 2
                """;

        assertThat(SqlText.statements(script, Map.of()))
                .containsExactly("CREATE TABLE a (x INTEGER)", "INSERT INTO a\nSELECT 1", "SELECT 2");
    }

    @Test
    void fillsPlaceholdersWithAbsolutePathsAndDoublesQuotes() {
        String sql = SqlText.statements("SELECT * FROM read_csv('${input}/x.csv')",
                Map.of("input", Path.of("/data/o'brien"))).get(0);

        assertThat(sql).isEqualTo("SELECT * FROM read_csv('/data/o''brien/x.csv')");
    }

    @Test
    void refusesAPlaceholderLeftUnfilled() {
        assertThatThrownBy(() -> SqlText.statements("SELECT '${parquet}'", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("${parquet}");
    }
}

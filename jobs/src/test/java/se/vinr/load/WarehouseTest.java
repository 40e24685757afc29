package se.vinr.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessOpeningTheWarehouseIsToldItIsInUse() throws Exception {
        Path file = dir.resolve("out").resolve("warehouse.duckdb");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process holder = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                WarehouseLockHolder.class.getName(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        try {
            BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("open");

            assertThatThrownBy(() -> Warehouse.open(file))
                    .isInstanceOfSatisfying(WarehouseInUseException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("the warehouse " + file + " is in use by another run");
                        assertThat(e.message(Locale.forLanguageTag("sv")))
                                .isEqualTo("datalagret " + file + " används av en annan körning");
                        assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
                    });
            assertThatThrownBy(() -> Warehouse.openReadOnly(file)).isInstanceOf(WarehouseInUseException.class);
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
        try (Warehouse afterwards = Warehouse.open(file)) {
            assertThat(afterwards.file()).isEqualTo(file);
        }
    }

    @Test
    void openingAMissingWarehouseReadOnlySaysWhatToDo() {
        assertThatThrownBy(() -> Warehouse.openReadOnly(dir.resolve("none.duckdb")))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("there is no warehouse at")
                .hasMessageContaining("load a period first");
    }

    @Test
    void aReadOnlyWarehouseCannotBeChanged() throws Exception {
        Path file = dir.resolve("warehouse.duckdb");
        TestWarehouses.migrated(dir).close();
        try (Warehouse readOnly = Warehouse.openReadOnly(file); Statement statement = readOnly.connection().createStatement()) {
            assertThat(readOnly.readOnly()).isTrue();
            assertThatThrownBy(() -> statement.execute("DELETE FROM core.sexes")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void aTransactionThatThrowsLeavesNoTrace() throws Exception {
        try (Warehouse warehouse = TestWarehouses.migrated(dir)) {
            assertThatThrownBy(() -> warehouse.inTransaction(connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DELETE FROM core.sexes");
                }
                throw new IllegalStateException("a later step failed");
            })).isInstanceOf(IllegalStateException.class);

            assertThat(WarehouseDump.rows(warehouse.connection(), "SELECT code FROM core.sexes ORDER BY sort_order"))
                    .isEqualTo(List.of("K", "M", "X"));
            assertThat(warehouse.connection().getAutoCommit()).isTrue();
        }
    }

    @Test
    void neverInstallsOrLoadsExtensionsFromTheNetwork() throws Exception {
        try (Warehouse warehouse = Warehouse.open(dir.resolve("w.duckdb"))) {
            assertThat(WarehouseDump.rows(warehouse.connection(), "SELECT current_setting('autoinstall_known_extensions'),"
                    + " current_setting('autoload_known_extensions')")).containsExactly("false|false");
        }
    }
}

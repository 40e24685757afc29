package se.vinr.batch;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Makes the embedded H2 job repository write every commit to its file at once. H2 keeps commits in
 * memory for up to a second by default ({@code WRITE_DELAY}), so a run killed just after a step had
 * completed came back with that step lost: the next run executed it again, and the manifest step,
 * whose files the lost execution had already moved, then failed on every further attempt. The job
 * repository holds a few rows per chunk, so writing each commit costs nothing noticeable. Other
 * databases (PostgreSQL) commit durably anyway and are left alone.
 */
@Component
class DurableJobRepository implements InitializingBean {

    private final DataSource dataSource;

    DurableJobRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if ("H2".equals(connection.getMetaData().getDatabaseProductName())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET WRITE_DELAY 0");
                }
            }
        }
    }
}

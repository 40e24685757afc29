package se.vinr.batch;

import java.sql.Driver;

import org.springframework.beans.BeanInstantiationException;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Gives the job repository's connection pool the JDBC driver it is configured with as an instance, so that
 * it connects through that driver alone. Given only the driver's class name, Hikari looks the driver up
 * among {@code DriverManager}'s, and {@code DriverManager} first starts every driver on the class path —
 * DuckDB's with a JFR memory monitor, PostgreSQL's — which cost every job command's start-up about a tenth
 * of a second, though only the warehouse steps use DuckDB (issue 18; {@link JobHistorySource} opens the
 * history the same way). The URL, user, password and driver properties are the pool's own, so any
 * database configured under {@code spring.datasource.*} connects as before.
 */
@Component
class JobRepositoryDriver implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null
                && pool.getDriverClassName() != null) {
            SimpleDriverDataSource direct = new DriverDataSource(driver(pool.getDriverClassName()), pool.getJdbcUrl());
            direct.setConnectionProperties(pool.getDataSourceProperties());
            // Hikari passes its user and password to the data source with every connection it opens.
            pool.setDataSource(direct);
        }
        return bean;
    }

    /**
     * Keeps the login timeout Hikari sets, as Hikari's own driver data source does: Hikari waits that long
     * at shutdown for the connections it is still opening, and with none it stopped at once and warned
     * "Timed-out waiting for add connection executor to shutdown".
     */
    private static final class DriverDataSource extends SimpleDriverDataSource {
        private volatile int loginTimeoutSeconds;

        DriverDataSource(Driver driver, String url) {
            super(driver, url);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            loginTimeoutSeconds = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeoutSeconds;
        }
    }

    private static Driver driver(String className) {
        try {
            return BeanUtils.instantiateClass(ClassUtils.forName(className, JobRepositoryDriver.class.getClassLoader()),
                    Driver.class);
        } catch (ClassNotFoundException | LinkageError | BeanInstantiationException e) {
            throw new IllegalStateException("the job repository's JDBC driver " + className
                    + " cannot be loaded; check spring.datasource.driver-class-name", e);
        }
    }
}

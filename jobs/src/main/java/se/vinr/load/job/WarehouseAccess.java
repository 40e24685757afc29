package se.vinr.load.job;

import java.time.Clock;

import org.springframework.stereotype.Component;

import se.vinr.app.VinrProperties;
import se.vinr.batch.UserFacingException;
import se.vinr.load.Migrations;
import se.vinr.core.ProjectFiles;
import se.vinr.load.Warehouse;
import se.vinr.load.WarehouseException;

/**
 * Opens the configured warehouse, upgraded to the current schema, and turns DuckDB's lock failure
 * into the contract's clear message.
 */
@Component
public class WarehouseAccess {

    private final VinrProperties properties;

    public WarehouseAccess(VinrProperties properties) {
        this.properties = properties;
    }

    public ProjectFiles sql() {
        return ProjectFiles.of(properties.sqlDir(), ProjectFiles.SQL);
    }

    /** Opens read-write and migrates; the caller closes it. */
    public Warehouse openForWriting() {
        try {
            java.nio.file.Files.createDirectories(properties.warehouseFile().toAbsolutePath().getParent());
            Warehouse warehouse = Warehouse.open(properties.warehouseFile());
            try {
                new Migrations(sql(), Clock.systemUTC()).migrate(warehouse);
                return warehouse;
            } catch (RuntimeException e) {
                warehouse.close();
                throw e;
            }
        } catch (WarehouseException e) {
            throw new UserFacingException(e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new UserFacingException("the warehouse folder " + properties.warehouseFile().getParent()
                    + " cannot be created: " + e.getMessage(), e);
        }
    }
}

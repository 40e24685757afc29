package se.vinr.load;

import java.nio.file.Path;

/** The warehouse was written by a newer vinr than this one; upgrading it backwards is not possible. */
public class SchemaTooNewException extends WarehouseException {

    public SchemaTooNewException(Path file, int found, int known) {
        super("the warehouse " + file + " has schema version " + found + ", newer than the " + known
                + " this vinr knows: use the newer vinr that wrote it, or another --out folder");
    }
}

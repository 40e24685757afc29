package se.vinr.load;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Run as a separate process by {@link WarehouseTest}: opens the warehouse given as the argument,
 * says "open" on standard output, and holds it until its standard input closes.
 */
public final class WarehouseLockHolder {

    private WarehouseLockHolder() {
    }

    public static void main(String[] args) throws IOException {
        try (Warehouse warehouse = Warehouse.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}

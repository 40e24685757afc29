package se.vinr.load;

/** A warehouse operation failed; the message is one readable sentence saying what and where. */
public class WarehouseException extends RuntimeException {

    public WarehouseException(String message) {
        super(message);
    }

    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}

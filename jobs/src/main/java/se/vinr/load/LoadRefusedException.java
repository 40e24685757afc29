package se.vinr.load;

/** A load that was not started, or was rolled back, for a reason the user can act on; nothing changed. */
public class LoadRefusedException extends WarehouseException {

    public LoadRefusedException(String message) {
        super(message);
    }
}

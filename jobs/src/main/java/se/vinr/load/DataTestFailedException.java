package se.vinr.load;

import java.util.List;

/** A data test found an error; the load was rolled back and the warehouse is as it was. */
public class DataTestFailedException extends LoadRefusedException {

    private final List<DataTestFinding> errors;

    public DataTestFailedException(String municipality, String period, List<DataTestFinding> errors) {
        super("the load of " + municipality + " " + period + " failed its data tests and was undone: "
                + String.join("; ", errors.stream().map(DataTestFinding::message).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<DataTestFinding> errors() {
        return errors;
    }
}

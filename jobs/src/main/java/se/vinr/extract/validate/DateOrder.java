package se.vinr.extract.validate;

import java.util.Optional;
import se.vinr.extract.RecordKind;

/**
 * A pair of dates of which the later may not come before the earlier ({@code closed_before_opened},
 * docs/contract.md#4-rejects): a case's {@code closed} and {@code opened}, an intervention's {@code end} and
 * {@code start}.
 */
record DateOrder(String earlier, String later) {

    static Optional<DateOrder> of(RecordKind kind) {
        return switch (kind) {
            case CASES -> Optional.of(new DateOrder("opened", "closed"));
            case INTERVENTIONS -> Optional.of(new DateOrder("start", "end"));
            default -> Optional.empty();
        };
    }
}

package se.vinr.publish;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.vinr.publish.protection.DecisionMemo;
import se.vinr.publish.protection.SuppressionDecision;
import se.vinr.publish.protection.SuppressionReason;

/**
 * The warehouse's memory of protection decisions (core.protection_decisions, migration V011), written in the
 * publish step's own transaction: a publication that fails leaves no decision behind either.
 */
final class WarehouseDecisionMemo implements DecisionMemo {

    private static final String TAKEN = "";

    private final Connection connection;

    WarehouseDecisionMemo(Connection connection) {
        this.connection = connection;
    }

    @Override
    public Optional<SuppressionDecision> find(String digest) {
        Map<String, SuppressionReason> reasons = new HashMap<>();
        Set<String> unprotectable = new HashSet<>();
        boolean taken = false;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT cell_id, reason, unprotectable FROM core.protection_decisions WHERE digest = ?")) {
            select.setString(1, digest);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String cell = rows.getString(1);
                    taken |= cell.equals(TAKEN);
                    if (rows.getString(2) != null) {
                        reasons.put(cell, SuppressionReason.valueOf(rows.getString(2)));
                    }
                    if (rows.getBoolean(3)) {
                        unprotectable.add(cell);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading core.protection_decisions failed: " + e.getMessage(), e);
        }
        return taken ? Optional.of(new SuppressionDecision(reasons, unprotectable)) : Optional.empty();
    }

    @Override
    public void keep(String digest, SuppressionDecision decision) {
        Set<String> cells = new HashSet<>(decision.reasons().keySet());
        cells.addAll(decision.unprotectable());
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {digest, TAKEN, null, false});
        for (String cell : cells) {
            rows.add(new Object[] {digest, cell, decision.reason(cell).map(Enum::name).orElse(null),
                    decision.unprotectable().contains(cell)});
        }
        try {
            ManyRowInsert.insert(connection, "core.protection_decisions",
                    List.of("digest", "cell_id", "reason", "unprotectable"), rows);
        } catch (SQLException e) {
            throw new IllegalStateException("writing core.protection_decisions failed: " + e.getMessage(), e);
        }
    }
}

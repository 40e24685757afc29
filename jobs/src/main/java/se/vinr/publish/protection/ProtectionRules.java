package se.vinr.publish.protection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.ojalgo.optimisation.linear.LinearSolver;

/**
 * The code that takes protection decisions, as a digest of its compiled classes (this package's, and the
 * solver's entry class): a remembered decision ({@link DecisionMemo}) is only reused by the same rules, so
 * an upgrade that changes how protection decides takes every decision afresh.
 */
final class ProtectionRules {

    /** Every top-level class of this package; ProtectionRulesTest keeps the list complete. */
    static final List<Class<?>> CLASSES = List.of(AdditiveCells.class, AuditMemory.class, Cell.class, CellTable.class,
            CountLinks.class, DecisionMemo.class, Derivability.class, DerivedCell.class, FeasiblePoints.class,
            IntervalAudit.class, ProtectionRules.class, PublicationProtection.class, SmallNumberProtection.class,
            SmallRowCounts.class, SuppressionDecision.class, SuppressionReason.class, TableComponents.class);

    /** Read once: the class files do not change while the program runs, and every decision asks for it. */
    private static final String FINGERPRINT = digestOfClasses();

    private ProtectionRules() {
    }

    static String fingerprint() {
        return FINGERPRINT;
    }

    private static String digestOfClasses() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            List<Class<?>> classes = new ArrayList<>();
            CLASSES.forEach(type -> addWithMembers(type, classes));
            classes.add(LinearSolver.class);
            for (Class<?> type : classes) {
                sha256.update(type.getName().getBytes(StandardCharsets.UTF_8));
                sha256.update(bytes(type));
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static void addWithMembers(Class<?> type, List<Class<?>> classes) {
        classes.add(type);
        for (Class<?> member : type.getDeclaredClasses()) {
            addWithMembers(member, classes);
        }
    }

    private static byte[] bytes(Class<?> type) {
        String resource = type.getName().substring(type.getName().lastIndexOf('.') + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the class file of " + type.getName() + " cannot be read");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

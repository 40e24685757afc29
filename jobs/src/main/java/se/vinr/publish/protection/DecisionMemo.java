package se.vinr.publish.protection;

import java.util.Optional;

/**
 * Protection decisions already taken, by a digest of everything they were taken on
 * ({@link PublicationProtection}: the rules' own code, the threshold and level, the catalogue's counts and
 * links, the rows of the half-year and of every earlier one, and what earlier publications require hidden).
 * A decision depends on nothing else, so taking it again would give the same decision: a report that shows
 * earlier half-years looks their decisions up instead of auditing again.
 */
public interface DecisionMemo {

    Optional<SuppressionDecision> find(String digest);

    void keep(String digest, SuppressionDecision decision);

    /** Remembers nothing: every decision is taken afresh. */
    static DecisionMemo none() {
        return new DecisionMemo() {
            @Override
            public Optional<SuppressionDecision> find(String digest) {
                return Optional.empty();
            }

            @Override
            public void keep(String digest, SuppressionDecision decision) {
                // nothing to keep
            }
        };
    }
}

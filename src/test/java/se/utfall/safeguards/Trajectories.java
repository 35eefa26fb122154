package se.utfall.safeguards;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.Settlement;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;

/**
 * Settles a clause family's example contract in-process against generated trajectories: the same
 * compiled rules `settle` runs, compiled once per contract.
 */
final class Trajectories {
    private static final ClauseLibrary LIBRARY = ClauseLibrary.load(Path.of("rules"));
    private static final Map<String, PreparedContract> PREPARED = new HashMap<>();

    private final PreparedContract contract;
    private final String measure;
    private final List<Measurement> rows = new ArrayList<>();

    private Trajectories(PreparedContract contract, String measure) {
        this.contract = contract;
        this.measure = measure;
    }

    /** A new, empty set of measurements for a contract file below the repository root. */
    static synchronized Trajectories of(String contractFile, String measure) {
        PreparedContract prepared = PREPARED.computeIfAbsent(contractFile,
                f -> PreparedContract.prepare(Path.of(f), LIBRARY));
        return new Trajectories(prepared, measure);
    }

    int firstYear() {
        return contract.contract().firstYear();
    }

    int lastYear() {
        return contract.contract().lastYear();
    }

    /** One level per contract year from the first, for a subject, with a number of respondents. */
    Trajectories subject(String subject, List<BigDecimal> levels, Integer respondents) {
        for (int i = 0; i < levels.size(); i++) {
            rows.add(new Measurement(subject, measure, firstYear() + i, levels.get(i), respondents, null, "generated",
                    "test"));
        }
        return this;
    }

    Trajectories subject(String subject, List<BigDecimal> levels) {
        return subject(subject, levels, null);
    }

    Trajectories row(String subject, String otherMeasure, int year, BigDecimal value) {
        rows.add(new Measurement(subject, otherMeasure, year, value, null, null, "generated", "test"));
        return this;
    }

    Settlement settle() {
        return contract.settle(List.copyOf(rows), lastYear());
    }

    static BigDecimal sum(Settlement s, Predicate<DecisionLine> which) {
        return s.sum(which);
    }

    /** Levels on a half-point grid: 141 → 70.5. */
    static BigDecimal half(int halfPoints) {
        return BigDecimal.valueOf(halfPoints * 5L, 1);
    }

    static List<BigDecimal> halves(List<Integer> halfPoints) {
        return halfPoints.stream().map(Trajectories::half).toList();
    }
}

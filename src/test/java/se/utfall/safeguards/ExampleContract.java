package se.utfall.safeguards;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.Settlement;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.LineStatus;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;

/**
 * A safeguard family's example contract, compiled once and settled in-process against generated
 * measurements, the way the scenario runner settles it.
 */
final class ExampleContract {
    private final PreparedContract prepared;

    private ExampleContract(PreparedContract prepared) {
        this.prepared = prepared;
    }

    static ExampleContract of(String family) {
        ClauseLibrary library = ClauseLibrary.load(Path.of("rules"));
        return new ExampleContract(PreparedContract.prepare(Path.of("rules", family, "example", "contract.yaml"),
                library));
    }

    int firstYear() {
        return prepared.contract().firstYear();
    }

    int lastYear() {
        return prepared.contract().lastYear();
    }

    Settlement settleToEnd(List<Measurement> measurements) {
        return prepared.settle(measurements, lastYear());
    }

    static Measurement figure(String subject, String measure, int year, int value) {
        return new Measurement(subject, measure, year, BigDecimal.valueOf(value), null, null, "generated", "test");
    }

    static Measurement survey(String subject, String measure, int year, int value, int respondents, int rate) {
        return new Measurement(subject, measure, year, BigDecimal.valueOf(value), respondents, BigDecimal.valueOf(rate),
                "generated", "test");
    }

    static BigDecimal sum(Settlement s, Predicate<DecisionLine> which) {
        return s.lines().stream().filter(which).map(DecisionLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Predicate<DecisionLine> line(String clause, String subject) {
        return l -> l.clause().equals(clause) && l.subject().equals(subject);
    }

    static Predicate<DecisionLine> line(String clause, String subject, LineStatus status) {
        return line(clause, subject).and(l -> l.status() == status);
    }
}

package se.utfall.engine;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.contract.Publication;
import se.utfall.derived.DerivedFigures;
import se.utfall.derived.MissingFigure;
import se.utfall.facts.Line;
import se.utfall.facts.LineStatus;
import se.utfall.facts.Measurement;

/**
 * What a family's INSUFFICIENT_DATA line waits for, said by the engine, which knows more than the
 * family: a figure that is not published yet on the settlement date makes the line PENDING (naming the
 * publication date), and a derived figure that could not be computed adds its cause to the reason
 * (the input that is missing, a division by zero). No family is named: the clause's measures come from
 * its parameters.
 */
final class MissingFigureReasons {
    private final Contract contract;
    private final LocalDate settledOn;
    private final List<Measurement> figures;
    private final List<MissingFigure> missing;

    /** {@code settledOn} null: every figure counts as published (scenarios that give no date). */
    MissingFigureReasons(Contract contract, LocalDate settledOn, List<Measurement> figures,
                         List<MissingFigure> missing) {
        this.contract = contract;
        this.settledOn = settledOn;
        this.figures = figures;
        this.missing = missing;
    }

    /**
     * The derivations of the derived figures the line's clause reads for its subject and year, inputs
     * first: "reduction = (…) = 13,00; trend = … = 13,00; adjusted_reduction = reduction − trend = …".
     */
    String derivations(Line line) {
        if (contract.derived().isEmpty() || line.subject().isEmpty()) {
            return "";
        }
        Set<String> read = new TreeSet<>();
        contract.clause(line.getAbout()).map(Clause::measures).ifPresent(read::addAll);
        Set<String> measures = DerivedFigures.inputsOf(contract, read);
        List<String> shown = new java.util.ArrayList<>();
        for (String d : contract.derived().keySet()) { // in order: inputs before what is derived from them
            if (!measures.contains(d)) {
                continue;
            }
            figures.stream().filter(m -> m.measure().equals(d) && m.year() == line.year()
                            && m.subject().equals(line.subject()) && DerivedFigures.isDerived(contract, m))
                    .findFirst().ifPresent(m -> shown.add(m.source()));
        }
        return String.join("; ", shown);
    }

    Line explain(Line line) {
        if (line.status() != LineStatus.INSUFFICIENT_DATA) {
            return line;
        }
        Set<String> read = new TreeSet<>();
        contract.clause(line.clause()).map(Clause::measures).ifPresent(read::addAll);
        contract.clause(line.getAbout()).map(Clause::measures).ifPresent(read::addAll);
        Set<String> measures = DerivedFigures.inputsOf(contract, read);
        String pending = pending(line, measures);
        if (pending != null) {
            return with(line, LineStatus.PENDING, pending);
        }
        Set<String> causes = new LinkedHashSet<>();
        for (MissingFigure m : missing) {
            if (m.year() == line.year() && measures.contains(m.measure())
                    && (line.subject().isEmpty() || line.subject().equals(m.subject()))) {
                causes.add(m.reason());
            }
        }
        if (causes.isEmpty()) {
            return line;
        }
        String reason = line.reason().strip();
        return with(line, line.status(), reason + (reason.endsWith(".") ? " " : ". ")
                + String.join("; ", causes) + ".");
    }

    private String pending(Line line, Set<String> measures) {
        if (settledOn == null) {
            return null;
        }
        for (String m : measures) {
            Publication p = contract.publications().get(m);
            if (p == null) {
                continue;
            }
            LocalDate date = p.dateFor(line.year());
            boolean has = figures.stream().anyMatch(f -> f.measure().equals(m) && f.year() == line.year()
                    && (line.subject().isEmpty() || f.subject().equals(line.subject())));
            if (!has && settledOn.isBefore(date)) {
                return contract.language().pick(
                        "Uppgiften om " + m + " för " + line.year() + " publiceras " + date + "; året avräknas när den"
                                + " finns (avräkningsdag " + settledOn + "). Väntande, inte otillräckliga uppgifter.",
                        "The figure for " + m + " for " + line.year() + " is published on " + date + "; the year is"
                                + " settled once it exists (settlement date " + settledOn + "). Pending, not insufficient data.");
            }
        }
        return null;
    }

    private static Line with(Line l, LineStatus status, String reason) {
        return new Line(l.clause(), l.year(), l.subject(), l.payer(), l.payee(), status, l.amount(), reason,
                l.working(), l.improvement(), l.adjusts());
    }
}

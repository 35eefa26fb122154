package se.utfall.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.facts.Line;
import se.utfall.facts.LineStatus;
import se.utfall.facts.Working;

/**
 * A clause that pays only in named evaluation years ({@code due: [2015]}) pays nothing in the others,
 * whatever its family decided: after each phase from entitle on, its own lines of a year that is not
 * due are replaced by one NOT_DUE line per subject. Safeguards and caps run after entitle, so they see
 * only the NOT_DUE lines; later years never count money that was not due. The family is not named:
 * this works for every family.
 */
final class EvaluationYears {
    private EvaluationYears() {
    }

    static void replaceNotDue(KieSession session, Contract contract, int year, Recorder recorder) {
        for (Clause clause : contract.clauses()) {
            if (clause.isDue(year)) {
                continue;
            }
            Set<String> replaced = new TreeSet<>();
            Set<String> notDue = new TreeSet<>();
            for (Object o : new ArrayList<>(session.getObjects(o -> o instanceof Line l && l.year() == year
                    && l.clause().equals(clause.id())))) {
                Line l = (Line) o;
                if (l.status() == LineStatus.NOT_DUE) {
                    notDue.add(l.subject());
                } else {
                    replaced.add(l.subject());
                    session.delete(session.getFactHandle(o));
                }
            }
            Set<String> subjects = new TreeSet<>(replaced);
            subjects.removeAll(notDue);
            if (notDue.isEmpty() && subjects.isEmpty()) {
                subjects.add("");
            }
            for (String subject : subjects) {
                Line line = new Line(clause.id(), year, subject, clause.payer(), clause.payee(), LineStatus.NOT_DUE,
                        BigDecimal.ZERO, reason(contract, clause, year), new Working("", ""));
                recorder.noteContract(line, contract.file().getFileName() + " (due:)");
                session.insert(line);
            }
        }
    }

    private static String reason(Contract contract, Clause clause, int year) {
        String years = clause.due().stream().map(String::valueOf).collect(Collectors.joining(", "));
        boolean after = clause.due().stream().allMatch(y -> y > year);
        return contract.language().pick(
                (after ? "Betalas efter utvärderingen " + years : "Betalas bara efter utvärderingen " + years)
                        + "; " + year + " är inte ett utvärderingsår, så inget förfaller till betalning.",
                (after ? "Payable after the evaluation in " + years : "Payable only after the evaluation in " + years)
                        + "; " + year + " is not an evaluation year, so nothing is due.");
    }
}

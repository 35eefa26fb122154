package se.utfall.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.PartyBalance;
import se.utfall.decision.Settlement;
import se.utfall.facts.Figures;
import se.utfall.problem.Locations;
import se.utfall.yaml.YNode;

/** One thing a scenario expects of a settlement, checked against it. */
sealed interface Expectation {

    /** Adds a failure text for each way the settlement differs. */
    void check(Settlement s, List<String> failures);

    YNode at();

    default String where() {
        return Locations.display(at().file()) + ":" + at().line();
    }

    static String money(BigDecimal v) {
        return Figures.decimal(v);
    }

    record Total(YNode at, Integer year, String clause, BigDecimal expected) implements Expectation {
        @Override
        public void check(Settlement s, List<String> failures) {
            BigDecimal actual = s.sum(l -> (year == null || l.year() == year)
                    && (clause == null || l.clause().equals(clause)));
            if (actual.compareTo(expected) != 0) {
                String what = (clause == null ? "total" : clause) + (year == null ? "" : " in " + year);
                failures.add(where() + ": " + what + ": expected " + money(expected) + ", actual " + money(actual));
            }
        }
    }

    record PartyFigure(YNode at, String party, String figure, BigDecimal expected) implements Expectation {
        @Override
        public void check(Settlement s, List<String> failures) {
            PartyBalance b = s.balances().stream().filter(p -> p.party().equals(party)).findFirst().orElse(null);
            if (b == null) {
                failures.add(where() + ": party " + party + " is not in the contract");
                return;
            }
            BigDecimal actual = switch (figure) {
                case "paid" -> b.paid();
                case "received" -> b.received();
                default -> b.net();
            };
            if (actual.compareTo(expected) != 0) {
                failures.add(where() + ": " + party + " " + figure + ": expected " + money(expected) + ", actual "
                        + money(actual));
            }
        }
    }

    /** A line that must be among the decision lines; only the fields given are compared. */
    record LineMatch(YNode at, int year, String clause, String status, String subject, String party,
                     BigDecimal amount, String reasonContains, String workingContains) implements Expectation {

        LineMatch(YNode at, int year, String clause, String status, String subject, String party, BigDecimal amount,
                  String reasonContains) {
            this(at, year, clause, status, subject, party, amount, reasonContains, null);
        }

        boolean matches(DecisionLine l) {
            return l.year() == year && l.clause().equals(clause)
                    && (status == null || l.status().name().equals(status))
                    && (subject == null || l.subject().equals(subject))
                    && (party == null || l.payee().equals(party))
                    && (amount == null || l.amount().compareTo(amount) == 0)
                    && (reasonContains == null || l.reason().contains(reasonContains))
                    && (workingContains == null || l.working().contains(workingContains));
        }

        @Override
        public void check(Settlement s, List<String> failures) {
            if (s.lines().stream().anyMatch(this::matches)) {
                return;
            }
            List<String> actual = new ArrayList<>();
            for (DecisionLine l : s.lines(year)) {
                if (l.clause().equals(clause)) {
                    actual.add(l.status() + " " + money(l.amount()) + (l.subject().isEmpty() ? "" : " " + l.subject())
                            + " → " + l.payee() + " (" + l.reason() + ")"
                            + (workingContains == null ? "" : " [working: " + l.working() + "]"));
                }
            }
            failures.add(where() + ": expected a line " + year + " " + clause
                    + (status == null ? "" : " " + status) + (amount == null ? "" : " " + money(amount))
                    + (subject == null ? "" : " for " + subject) + (party == null ? "" : " to " + party)
                    + (reasonContains == null ? "" : " with reason containing '" + reasonContains + "'")
                    + (workingContains == null ? "" : " with working containing '" + workingContains + "'")
                    + "; actual lines for " + clause + " in " + year + ": "
                    + (actual.isEmpty() ? "none" : String.join("; ", actual)));
        }
    }

    /** No line may match: of this status, clause, year or subject (whichever are given). */
    record NoLine(YNode at, Integer year, String clause, String subject, String status) implements Expectation {
        @Override
        public void check(Settlement s, List<String> failures) {
            s.lines().stream()
                    .filter(l -> (year == null || l.year() == year) && (clause == null || l.clause().equals(clause))
                            && (subject == null || l.subject().equals(subject))
                            && (status == null || l.status().name().equals(status)))
                    .findFirst()
                    .ifPresent(l -> failures.add(where() + ": expected no " + (status == null ? "" : status + " ")
                            + "line" + (clause == null ? "" : " for " + clause) + (year == null ? "" : " in " + year)
                            + (subject == null ? "" : " for " + subject) + ", found " + l.status() + " "
                            + money(l.amount()) + " in " + l.year() + " (" + l.reason() + ")"));
        }
    }
}

package se.utfall.engine;

import java.util.Collection;
import java.util.stream.Collectors;
import se.utfall.facts.ClauseTerms;
import se.utfall.facts.Figures;
import se.utfall.facts.Line;
import se.utfall.facts.Measurement;
import se.utfall.facts.SettlementYear;
import se.utfall.facts.TableRow;

/** Short readable descriptions of facts for the audit trail. */
final class FactText {
    private FactText() {
    }

    static String describe(Object o) {
        if (o instanceof Measurement m) {
            StringBuilder s = new StringBuilder("Measurement " + m.subject() + " · " + m.measure() + " · " + m.year()
                    + " = " + Figures.decimal(m.value()));
            if (m.verifiedBy() == null && m.source() != null && m.source().startsWith(m.measure() + " = ")) {
                s.append(" (").append(m.source()).append(')'); // a derived figure: its derivation
            }
            if (m.respondents() != null) {
                s.append(" (").append(m.respondents()).append(" respondents");
                if (m.responseRate() != null) {
                    s.append(", response rate ").append(Figures.decimal(m.responseRate())).append(" %");
                }
                s.append(')');
            }
            return s.toString();
        }
        if (o instanceof Line l) {
            return "Line " + l.clause() + " · " + l.year() + (l.subject().isEmpty() ? "" : " · " + l.subject())
                    + " · " + l.status() + " " + Figures.decimal(l.amount());
        }
        if (o instanceof SettlementYear y) {
            return "SettlementYear " + y.year();
        }
        if (o instanceof TableRow r) {
            return "TableRow " + r.clause() + " · " + r.table() + " row " + (r.row() + 1) + " "
                    + java.util.stream.Stream.concat(
                            r.values().entrySet().stream().map(e -> e.getKey() + "=" + Figures.decimal(e.getValue())),
                            r.texts().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()))
                    .sorted().collect(Collectors.joining(", "));
        }
        if (o instanceof ClauseTerms t) {
            // a clause of the contract's own rules has plain terms, whose toString is an identity hash
            return t.getClause() + " terms " + (t.getClass() == ClauseTerms.class ? "(the contract's own rules)" : t);
        }
        if (o instanceof java.math.BigDecimal d) {
            return "accumulated " + Figures.decimal(d);
        }
        if (o instanceof Collection<?> c) {
            return "collection of " + c.size();
        }
        return String.valueOf(o);
    }
}

package se.utfall.report;

import se.utfall.text.SafeText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.contract.Party;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.FiredRule;
import se.utfall.decision.Settlement;
import se.utfall.facts.Figures;
import se.utfall.facts.TableRow;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.library.Parameter;

/**
 * Why a clause paid what it paid: the contract's text, the parameters, every line with reason and
 * working, and the rules that fired on which facts.
 */
public final class ExplainReport {
    private ExplainReport() {
    }

    public static String render(Settlement s, ClauseLibrary library, List<Clause> clauses, Integer onlyYear) {
        return render(s, library, clauses, onlyYear, s.contract().firstYear());
    }

    /**
     * @param fromYear the first year explained: years decided under one signing of several (after an
     *                 amendment) are explained and totalled from the first year those terms governed
     */
    public static String render(Settlement s, ClauseLibrary library, List<Clause> clauses, Integer onlyYear,
                                int fromYear) {
        Contract c = s.contract();
        Words w = Words.of(c);
        StringBuilder out = new StringBuilder();
        for (Clause clause : clauses) {
            out.append(SafeText.line(clause.id() + " " + clause.title())).append('\n');
            ClauseFamily family = clause.family() == null ? null : library.family(clause.family(), clause.version());
            out.append("  ").append(w.get("implemented by")).append(": ").append(family == null ? w.get("own rules")
                    : w.get("clause family") + " " + family.id() + " " + family.version() + " ("
                    + family.title().in(c.language().code()) + ")")
                    .append('\n');
            out.append("  ").append(w.get("pays")).append(": ").append(party(c, clause.payer())).append(" → ").append(party(c, clause.payee()))
                    .append('\n');
            out.append("\n  ").append(w.get("contract text")).append(":\n");
            for (String textLine : clause.text().split("\n")) {
                out.append("    ").append(SafeText.line(textLine.strip())).append('\n');
            }
            if (family != null) {
                out.append("\n  ").append(w.get("parameters")).append(":\n");
                for (Map.Entry<String, Object> p : clause.parameters().entrySet()) {
                    Parameter declared = family.parameters().get(p.getKey());
                    out.append(String.format("    %-22s %s%n", p.getKey(), SafeText.block(value(p.getValue(), declared, w))));
                }
            }
            for (int year : s.years()) {
                if (onlyYear != null && year != onlyYear || year < fromYear) {
                    continue;
                }
                List<DecisionLine> lines = s.lines(year).stream().filter(l -> l.clause().equals(clause.id())).toList();
                List<FiredRule> fired = s.audit().stream()
                        .filter(f -> f.year() == year && f.clauses().contains(clause.id())).toList();
                if (lines.isEmpty() && fired.isEmpty()) {
                    continue;
                }
                out.append("\n  ").append(year).append('\n');
                for (DecisionLine l : lines) {
                    out.append(String.format("    %-18s %16s   %s → %s%s%n", w.line(l.status()), Amounts.human(l.amount(), c),
                            SafeText.line(l.payer()), SafeText.line(l.payee()), l.subject().isEmpty() ? "" : " · "
                            + SafeText.line(l.subject())));
                    String label = "      %-" + (Math.max(w.get("reason").length(), w.get("working").length()) + 2)
                            + "s";
                    out.append(String.format(label, w.get("reason") + ":")).append(SafeText.line(l.reason())).append('\n');
                    if (!l.working().isEmpty()) {
                        out.append(String.format(label, w.get("working") + ":")).append(SafeText.line(l.working()))
                                .append('\n');
                    }
                    if (!l.rule().isEmpty()) {
                        out.append("      ").append(SafeText.line(w.format("decided by rule", l.rule(), l.ruleLocation(),
                                l.phase()))).append('\n');
                    }
                }
                BigDecimal net = s.clauseTotal(clause.id(), year);
                out.append(String.format("    %-18s %16s%n", w.format("net year", year), Amounts.human(net, c)));
                if (!fired.isEmpty()) {
                    out.append("    ").append(w.get("rules fired")).append('\n');
                    for (FiredRule f : fired) {
                        out.append("      [").append(f.phase()).append("] \"").append(f.rule()).append("\" ")
                                .append(f.location()).append('\n');
                        for (String fact : f.facts()) {
                            out.append("          ").append(w.get("on fact")).append(' ').append(SafeText.line(fact))
                                    .append('\n');
                        }
                    }
                }
            }
            out.append('\n').append("  ").append(w.format("clause total", clause.id(), fromYear, s.asOfYear(),
                    Amounts.human(s.clauseTotal(clause.id()), c), c.currency())).append("\n\n");
        }
        return out.toString();
    }

    private static String party(Contract c, String id) {
        Party p = c.parties().get(id);
        return SafeText.line(p == null ? id : p.name() + " (" + id + ")");
    }

    private static String value(Object v, Parameter declared, Words w) {
        if (v == null) {
            return "—";
        }
        if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof TableRow) {
            StringBuilder s = new StringBuilder();
            for (Object o : list) {
                TableRow r = (TableRow) o;
                s.append("\n      ").append(w.get("row")).append(' ').append(r.row() + 1).append(": ");
                declared.columns().keySet().forEach(col -> s.append(col).append(' ')
                        .append(r.cell(col) instanceof java.math.BigDecimal d ? Figures.decimal(d) : String.valueOf(r.cell(col)))
                        .append("  "));
            }
            return s.toString().stripTrailing();
        }
        String unit = declared != null && declared.unit() != null ? " " + declared.unit() : "";
        return Figures.format(v) + unit;
    }
}

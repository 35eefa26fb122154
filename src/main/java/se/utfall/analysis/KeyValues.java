package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.engine.CompiledRules;
import se.utfall.engine.RuleSource;
import se.utfall.facts.TableRow;
import se.utfall.library.ClauseFamily;
import se.utfall.library.Parameter;
import se.utfall.library.ParameterType;

/**
 * Where a measure's payout can change abruptly, read generically from the clauses: every numeric
 * parameter of a clause that names the measure, except amounts of money and years (thresholds,
 * ceilings, baselines, tier levels, table cells), and the sums and differences of two of them (a
 * tier "from 0.3" against a baseline 4.8 bites at 4.5). No family is known by name: the family's
 * parameter declaration says which values are measured in the measure's own unit.
 */
public final class KeyValues {
    private KeyValues() {
    }

    /** Measures the clauses depend on: named by a parameter of type measure, or in the contract's own rules. */
    public static List<String> measuresUsed(Contract contract, CompiledRules rules) {
        TreeSet<String> used = new TreeSet<>();
        for (Clause clause : contract.clauses()) {
            ClauseFamily family = clause.family() == null ? null : rules.ruleSet().familyOf(clause);
            if (family == null) {
                continue;
            }
            used.addAll(named(clause, family));
        }
        // the compiled text, so a .dslr counts by what it expands to and a spreadsheet by its rules
        for (RuleSource source : rules.ruleSet().sources()) {
            if (!contract.ruleFiles().contains(source.origin())) {
                continue;
            }
            String text = source.text();
            for (String m : contract.measures().keySet()) {
                if (text.contains("\"" + m + "\"")) {
                    used.add(m);
                }
            }
        }
        return List.copyOf(used);
    }

    public static List<BigDecimal> of(Contract contract, CompiledRules rules, String measure) {
        TreeSet<BigDecimal> values = new TreeSet<>();
        for (Clause clause : contract.clauses()) {
            ClauseFamily family = clause.family() == null ? null : rules.ruleSet().familyOf(clause);
            if (family == null || !names(clause, family, measure)) {
                continue;
            }
            List<BigDecimal> own = new ArrayList<>();
            for (Parameter p : family.parameters().values()) {
                Object v = clause.parameters().get(p.name());
                if (v instanceof BigDecimal d && measured(p)) {
                    own.add(d);
                } else if (v instanceof Integer i && p.type() == ParameterType.INTEGER) {
                    own.add(BigDecimal.valueOf(i));
                } else if (v instanceof List<?> list && p.columns() != null) {
                    for (Object row : list) {
                        if (row instanceof TableRow r) {
                            for (Map.Entry<String, BigDecimal> cell : r.values().entrySet()) {
                                Parameter column = p.columns().get(cell.getKey());
                                if (column != null && measured(column)) {
                                    own.add(cell.getValue());
                                }
                            }
                        }
                    }
                }
            }
            for (BigDecimal a : own) {
                values.add(a.stripTrailingZeros());
                for (BigDecimal b : own) {
                    if (a != b) {
                        values.add(a.add(b).stripTrailingZeros());
                        values.add(a.subtract(b).stripTrailingZeros());
                    }
                }
            }
        }
        return List.copyOf(values);
    }

    private static boolean names(Clause clause, ClauseFamily family, String measure) {
        return named(clause, family).contains(measure);
    }

    /** The measures a clause's parameters name: a measure parameter, or a measure column of a table (a price list). */
    private static List<String> named(Clause clause, ClauseFamily family) {
        List<String> measures = new ArrayList<>();
        for (Parameter p : family.parameters().values()) {
            Object v = clause.parameters().get(p.name());
            if (p.type() == ParameterType.MEASURE && v instanceof String m) {
                measures.add(m);
            } else if (p.type() == ParameterType.TABLE && v instanceof List<?> rows) {
                for (Object row : rows) {
                    p.columns().values().stream().filter(c -> c.type() == ParameterType.MEASURE)
                            .map(c -> ((TableRow) row).texts().get(c.name())).filter(m -> m != null)
                            .forEach(measures::add);
                }
            }
        }
        return measures;
    }

    /** A number in the measure's own unit: not money, not a year. */
    private static boolean measured(Parameter p) {
        return p.type() == ParameterType.DECIMAL || p.type() == ParameterType.PERCENT
                || p.type() == ParameterType.INTEGER;
    }
}

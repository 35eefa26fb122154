package se.utfall.library;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import se.utfall.facts.TableRow;
import se.utfall.problem.BadInput;
import se.utfall.problem.Suggestions;
import se.utfall.text.PlainNumber;
import se.utfall.text.WrittenNumber;
import se.utfall.yaml.YList;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YNode;
import se.utfall.yaml.YRead;
import se.utfall.yaml.YScalar;

/**
 * Turns what a contract writes for a parameter into the typed value rules see, checking type and
 * range. {@code names} are what measure, party and clauses parameters may refer to.
 */
public final class ParameterValues {

    /** What names a contract defines, for parameters that refer to them. */
    public record Names(Set<String> measures, Set<String> parties, Set<String> clauses) {
        public static final Names NONE = new Names(Set.of(), Set.of(), Set.of());
    }

    private ParameterValues() {
    }

    public static Object convert(Parameter p, YNode node, String clause, Names names) {
        String what = "parameter '" + p.name() + "'";
        if (node instanceof YScalar s && s.isNull()) {
            if (p.optional()) {
                return null;
            }
            throw YRead.fail(node, what + " is empty; give a value" + unitHint(p) + ".");
        }
        return switch (p.type()) {
            case AMOUNT, DECIMAL, PERCENT -> {
                if (node instanceof YScalar s && p.type() == ParameterType.AMOUNT) {
                    String refusal = ambiguousAmount(s.text());
                    if (refusal != null) {
                        throw YRead.fail(node, what + ": " + refusal + ".");
                    }
                }
                yield inRange(p, YRead.decimal(node, what), node, what);
            }
            case INTEGER, YEAR -> {
                int v = YRead.integer(node, what);
                inRange(p, BigDecimal.valueOf(v), node, what);
                yield v;
            }
            case BOOLEAN -> YRead.bool(node, what);
            case TEXT -> YRead.text(node, what);
            case CHOICE -> YRead.choice(node, new TreeSet<>(p.choices()), what);
            case MEASURE -> reference(node, what, names.measures(), "measure", "measures:");
            case PARTY -> reference(node, what, names.parties(), "party", "parties:");
            case CLAUSES -> {
                List<String> ids = new ArrayList<>();
                for (YNode item : YRead.list(node, what).items()) {
                    ids.add(reference(item, what, names.clauses(), "clause", "clauses:"));
                }
                yield List.copyOf(ids);
            }
            case TABLE -> table(p, YRead.list(node, what), clause, names);
        };
    }

    private static List<TableRow> table(Parameter p, YList rows, String clause, Names names) {
        if (rows.items().isEmpty()) {
            throw YRead.fail(rows, "table '" + p.name() + "' has no rows; give at least one.");
        }
        List<TableRow> result = new ArrayList<>();
        int index = 0;
        for (YNode rowNode : rows.items()) {
            YMap row = YRead.map(rowNode, "a row of table '" + p.name() + "'");
            YRead.onlyKeys(row, p.columns().keySet(), "a row of table '" + p.name() + "'");
            Map<String, Object> cells = new LinkedHashMap<>();
            for (Parameter column : p.columns().values()) {
                if (!row.has(column.name())) {
                    throw YRead.fail(row, "row " + (index + 1) + " of table '" + p.name() + "' is missing '"
                            + column.name() + ":'; add it.");
                }
                cells.put(column.name(), convert(column, row.get(column.name()), clause, names));
            }
            result.add(row(clause, p.name(), index++, cells));
        }
        return List.copyOf(result);
    }

    /** A table row from its checked cells: numbers as numbers, names and words as text. */
    public static TableRow row(String clause, String table, int index, Map<String, Object> cells) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        cells.forEach((column, v) -> {
            if (v instanceof String t) {
                texts.put(column, t);
            } else {
                values.put(column, v instanceof Integer i ? BigDecimal.valueOf(i) : (BigDecimal) v);
            }
        });
        return new TableRow(clause, table, index, Map.copyOf(values), Map.copyOf(texts));
    }

    /** A cell the same rules refuse, said without a place: the caller knows the sheet, row and column. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** One to three digits, a point or comma and three digits: 1.000 or 50,000 kr most likely means thousands. */
    private static final Pattern THOUSANDS_WITH_A_POINT = Pattern.compile("-?[1-9]\\d{0,2}[.,]\\d{3}");

    /**
     * An amount written like 1.000 or 50,000. YAML reads the point as the decimal sign, but an amount
     * has at most two decimals (öre), and in Swedish a point is often written between thousands
     * ("50.000 kr"): such an amount is a thousand-fold misreading waiting to be paid, so it is refused.
     */
    static String ambiguousAmount(String raw) {
        String t = raw.strip();
        if (!THOUSANDS_WITH_A_POINT.matcher(t).matches()) {
            return null;
        }
        int point = Math.max(t.indexOf('.'), t.indexOf(','));
        String whole = t.substring(0, point);
        String fraction = t.substring(point + 1);
        String decimal = fraction.replaceAll("0+$", "");
        return "'" + t + "' is an amount with three decimals, which an amount never has (öre are two); write " + whole
                + " " + fraction + " for thousands, or " + whole + (decimal.isEmpty() ? "" : "," + decimal)
                + " kronor";
    }

    /**
     * A table cell written as text in a spreadsheet, checked by the same rules as a row written in
     * contract.yaml (type, range, a name the contract defines). Numbers are read as everywhere in a
     * contract (40 000, 0,5, 0.5; see {@link WrittenNumber}): what the sheet shows is the figure, and
     * an ambiguous 1,000 is refused.
     */
    public static Object cell(Parameter column, String text, Names names) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new Refused("the cell is empty; give a value" + unitHint(column) + ".");
        }
        if (t.startsWith("=")) {
            throw new Refused("'" + t + "' is a formula without a saved value; Utfall never evaluates a formula:"
                    + " save the file in the spreadsheet program (which stores the value), or type the value.");
        }
        if (column.type().isNumber()) {
            String ambiguous = column.type() == ParameterType.AMOUNT ? ambiguousAmount(t) : null;
            if (ambiguous != null) {
                throw new Refused(ambiguous + ".");
            }
            BigDecimal v;
            try {
                v = PlainNumber.YAML.parseWritten(t, WrittenNumber.DecimalSign.POINT);
            } catch (PlainNumber.Refused e) {
                throw new Refused(e.getMessage().contains("' is not a number") || e.getMessage().contains("exponent")
                        ? "'" + t + "' is not a number; write digits such as 40000 or 0.5." : e.getMessage() + ".");
            }
            if ((column.type() == ParameterType.INTEGER || column.type() == ParameterType.YEAR) && v.scale() > 0
                    && v.stripTrailingZeros().scale() > 0) {
                throw new Refused("'" + t + "' must be a whole number.");
            }
            if (column.min() != null && v.compareTo(column.min()) < 0
                    || column.max() != null && v.compareTo(column.max()) > 0) {
                throw new Refused(t + unitText(column) + " is outside the allowed range " + column.rangeText()
                        + "; choose a value within it.");
            }
            return v;
        }
        return switch (column.type()) {
            case MEASURE -> known(t, names.measures(), "measure", "measures:");
            case PARTY -> known(t, names.parties(), "party", "parties:");
            case CHOICE -> {
                if (!column.choices().contains(t)) {
                    throw new Refused("'" + t + "' is not one of " + String.join(", ", column.choices()) + ".");
                }
                yield t;
            }
            case TEXT -> {
                if (t.chars().anyMatch(Character::isISOControl)) {
                    throw new Refused("the cell holds a control character; write plain words.");
                }
                yield t;
            }
            default -> throw new Refused("a column of type " + column.type().word() + " cannot be read from a sheet.");
        };
    }

    private static String known(String id, Set<String> known, String kind, String section) {
        if (!known.contains(id)) {
            throw new Refused("'" + id + "' is not a " + kind + " the contract defines under '" + section + "'."
                    + (known.isEmpty() ? "" : Suggestions.hint(id, new TreeSet<>(known))));
        }
        return id;
    }

    private static String reference(YNode node, String what, Set<String> known, String kind, String section) {
        String id = YRead.text(node, what);
        if (!known.contains(id)) {
            throw YRead.fail(node, what + " names " + kind + " '" + id + "', which the contract does not define under '"
                    + section + "'." + (known.isEmpty() ? "" : Suggestions.hint(id, new TreeSet<>(known))));
        }
        return id;
    }

    private static BigDecimal inRange(Parameter p, BigDecimal v, YNode node, String what) {
        if (p.min() != null && v.compareTo(p.min()) < 0 || p.max() != null && v.compareTo(p.max()) > 0) {
            throw YRead.fail(node, what + " is " + v.toPlainString() + unitText(p) + ", outside the allowed range "
                    + p.rangeText() + "; choose a value within it.");
        }
        return v;
    }

    private static String unitHint(Parameter p) {
        return p.unit() == null ? "" : " in " + p.unit();
    }

    private static String unitText(Parameter p) {
        return p.unit() == null ? "" : " " + p.unit();
    }

    public static BadInput unknown(YMap params, String key, Map<String, Parameter> declared, String familyId) {
        return BadInput.of(params.file(), params.keyLine(key), "unknown parameter '" + key + "' for clause family "
                + familyId + "." + Suggestions.hint(key, declared.keySet()));
    }
}

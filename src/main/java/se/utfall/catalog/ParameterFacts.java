package se.utfall.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.utfall.describe.Wording;
import se.utfall.facts.TableRow;
import se.utfall.library.Parameter;
import se.utfall.library.ParameterType;

/** A parameter's declaration in words: its type, unit and range, and when it must be given. */
final class ParameterFacts {
    private static final Map<ParameterType, String> TYPE_SV = Map.ofEntries(
            Map.entry(ParameterType.AMOUNT, "belopp"), Map.entry(ParameterType.DECIMAL, "decimaltal"),
            Map.entry(ParameterType.PERCENT, "procent"), Map.entry(ParameterType.INTEGER, "heltal"),
            Map.entry(ParameterType.YEAR, "år"), Map.entry(ParameterType.BOOLEAN, "ja/nej"),
            Map.entry(ParameterType.TEXT, "text"), Map.entry(ParameterType.CHOICE, "val"),
            Map.entry(ParameterType.MEASURE, "mått"), Map.entry(ParameterType.PARTY, "part"),
            Map.entry(ParameterType.CLAUSES, "klausuler"), Map.entry(ParameterType.TABLE, "tabell"));
    private static final Map<ParameterType, String> TYPE_EN = Map.ofEntries(
            Map.entry(ParameterType.AMOUNT, "amount"), Map.entry(ParameterType.DECIMAL, "decimal"),
            Map.entry(ParameterType.PERCENT, "percent"), Map.entry(ParameterType.INTEGER, "integer"),
            Map.entry(ParameterType.YEAR, "year"), Map.entry(ParameterType.BOOLEAN, "yes/no"),
            Map.entry(ParameterType.TEXT, "text"), Map.entry(ParameterType.CHOICE, "choice"),
            Map.entry(ParameterType.MEASURE, "measure"), Map.entry(ParameterType.PARTY, "party"),
            Map.entry(ParameterType.CLAUSES, "clauses"), Map.entry(ParameterType.TABLE, "table"));

    private final Wording words;
    private final boolean en;

    ParameterFacts(String lang) {
        this.words = Wording.of(lang);
        this.en = "en".equals(lang);
    }

    /** "belopp, SEK, 0–50 000 000" / "choice: step, linear". */
    String type(Parameter p) {
        StringBuilder s = new StringBuilder((en ? TYPE_EN : TYPE_SV).get(p.type()));
        if (p.type() == ParameterType.CHOICE) {
            s.append(": ").append(String.join(" | ", p.choices()));
        }
        if (p.unit() != null) {
            s.append(", ").append(p.unit());
        }
        String range = range(p);
        if (!range.isEmpty()) {
            s.append(", ").append(range);
        }
        return s.toString();
    }

    String range(Parameter p) {
        if (p.min() != null && p.max() != null) {
            return number(p, p.min()) + "–" + number(p, p.max());
        }
        if (p.min() != null) {
            return (en ? "at least " : "minst ") + number(p, p.min());
        }
        if (p.max() != null) {
            return (en ? "at most " : "högst ") + number(p, p.max());
        }
        return "";
    }

    /** "krävs", "standard step", "valfri", "krävs när mode = linear". */
    String requirement(Parameter p) {
        if (!p.requiredWhen().isEmpty()) {
            String when = p.requiredWhen().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                    .collect(Collectors.joining(en ? " and " : " och "));
            return (en ? "required when " : "krävs när ") + when;
        }
        if (p.defaultValue() != null) {
            return (en ? "default " : "standard ") + defaultText(p);
        }
        return p.optional() ? (en ? "optional" : "valfri") : (en ? "required" : "krävs");
    }

    String defaultText(Parameter p) {
        Object v = p.defaultValue();
        if (v instanceof List<?> rows) {
            return rows.size() + (en ? " rows" : " rader");
        }
        if (v instanceof BigDecimal d) {
            return number(p, d);
        }
        if (v instanceof Boolean b) {
            return words.bool(b);
        }
        return String.valueOf(v);
    }

    /** A default as plain data for JSON: decimals as strings, tables as lists of rows. */
    static Object plainDefault(Object v) {
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof List<?> rows) {
            return rows.stream().map(r -> {
                if (!(r instanceof TableRow t)) {
                    return String.valueOf(r);
                }
                Map<String, String> row = new java.util.TreeMap<>(t.texts());
                t.values().forEach((k, d) -> row.put(k, d.toPlainString()));
                return row;
            }).toList();
        }
        return v;
    }

    private String number(Parameter p, BigDecimal v) {
        return p.type() == ParameterType.YEAR ? v.toPlainString()
                : p.type() == ParameterType.INTEGER ? words.integer(v.longValueExact()) : words.number(v);
    }
}

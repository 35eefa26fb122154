package se.utfall.describe;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.contract.Party;
import se.utfall.facts.MeasureDefinition;
import se.utfall.facts.TableRow;
import se.utfall.library.ClauseFamily;
import se.utfall.library.ClauseLibrary;
import se.utfall.library.Parameter;
import se.utfall.library.ParameterType;

/**
 * What a library clause says in words: the family's describe template filled in with the clause's
 * parameters, each value written by its type (amounts in kronor, levels in the measure's unit,
 * measures by their title, parties by name). A family without a template is described by its
 * title and its parameters in words.
 */
public final class ClauseSentences {
    private final Contract contract;
    private final Clause clause;
    private final ClauseFamily family;
    private final Wording words;
    private final MeasureDefinition measure;

    private ClauseSentences(Contract contract, Clause clause, ClauseFamily family, ClauseLibrary library,
                            String lang) {
        this.contract = contract;
        this.clause = clause;
        this.family = family;
        this.words = Wording.of(lang);
        MeasureDefinition own = measureOf(contract, clause, family);
        this.measure = own != null || library == null ? own : guardedMeasure(contract, clause, family, library);
    }

    /** The clause in words, from its family's template in {@code lang}, or its parameters when there is none. */
    public static String describe(Contract contract, Clause clause, ClauseFamily family, String lang) {
        return describe(contract, clause, family, null, lang);
    }

    /**
     * As {@link #describe(Contract, Clause, ClauseFamily, String)}; with the library, a family without
     * a measure of its own (a safeguard on other clauses) writes levels and changes in the unit of the
     * measure its guarded clauses pay on, so "a tolerance of 1" reads "1 procentenhet".
     */
    public static String describe(Contract contract, Clause clause, ClauseFamily family, ClauseLibrary library,
                                  String lang) {
        ClauseSentences s = new ClauseSentences(contract, clause, family, library, lang);
        Template template = family.describe() == null ? null : family.describe().template(lang, clause.parameters());
        // No template, or an optional variant parameter left empty: the parameters still say what is agreed.
        return template == null ? s.parametersInWords() : sentence(s.render(template, null));
    }

    private static MeasureDefinition measureOf(Contract contract, Clause clause, ClauseFamily family) {
        return family.parameters().values().stream()
                .filter(p -> p.type() == ParameterType.MEASURE)
                .map(p -> contract.measures().get(String.valueOf(clause.parameters().get(p.name()))))
                .filter(m -> m != null).findFirst().orElse(null);
    }

    /** The one measure the clauses named in the clause's clauses parameters pay on, or null if none or several. */
    private static MeasureDefinition guardedMeasure(Contract contract, Clause clause, ClauseFamily family,
                                                    ClauseLibrary library) {
        MeasureDefinition found = null;
        for (Parameter p : family.parameters().values()) {
            if (p.type() != ParameterType.CLAUSES || !(clause.parameters().get(p.name()) instanceof List<?> ids)) {
                continue;
            }
            for (Object id : ids) {
                Clause guarded = contract.clause(String.valueOf(id)).orElse(null);
                ClauseFamily f = guarded == null || guarded.family() == null ? null
                        : library.family(guarded.family(), guarded.version());
                MeasureDefinition m = f == null ? null : measureOf(contract, guarded, f);
                if (m != null && found != null && !m.id().equals(found.id())) {
                    return null; // clauses on different measures: no single unit to write in
                }
                found = m != null ? m : found;
            }
        }
        return found;
    }

    private String parametersInWords() {
        List<String> items = new ArrayList<>();
        for (Parameter p : family.parameters().values()) {
            Object value = clause.parameters().get(p.name());
            items.add(p.name() + " = " + (present(value) ? format(p, value, null) : words.notSet()));
        }
        String title = family.title().in(words.lang());
        return title + ("en".equals(words.lang()) ? ", with " : ", med ") + String.join("; ", items) + ".";
    }

    private String render(Template template, TableRow row) {
        StringBuilder out = new StringBuilder();
        for (Template.Part part : template.parts()) {
            if (part instanceof Template.Literal l) {
                out.append(l.text());
            } else if (part instanceof Template.Slot s) {
                out.append(slot(s, row));
            } else if (part instanceof Template.Optional o) {
                out.append(render(allSet(o.then(), row) ? o.then() : o.otherwise(), row));
            }
        }
        return out.toString();
    }

    /** True when every parameter or column written directly in the segment has a value. */
    private boolean allSet(Template segment, TableRow row) {
        for (Template.Part part : segment.parts()) {
            if (part instanceof Template.Slot s && isValueSlot(s, row) && !present(value(s, row))) {
                return false;
            }
        }
        return true;
    }

    private boolean isValueSlot(Template.Slot s, TableRow row) {
        return row != null && row.cell(s.name()) != null || family.parameters().containsKey(s.name());
    }

    private Object value(Template.Slot s, TableRow row) {
        if (row != null && row.cell(s.name()) != null) {
            return row.cell(s.name());
        }
        return clause.parameters().get(s.name());
    }

    private String slot(Template.Slot s, TableRow row) {
        if (!isValueSlot(s, row)) {
            return builtIn(s.name());
        }
        Parameter p = row != null && row.cell(s.name()) != null
                ? tableOf(row).columns().get(s.name()) : family.parameters().get(s.name());
        Object value = value(s, row);
        if (!present(value)) {
            return words.notSet();
        }
        if (s.rows() != null) {
            List<String> rows = new ArrayList<>();
            for (Object r : (List<?>) value) {
                rows.add(render(s.rows(), (TableRow) r));
            }
            return words.list(rows);
        }
        return format(p, value, s.filter());
    }

    private Parameter tableOf(TableRow row) {
        return family.parameters().get(row.table());
    }

    private String builtIn(String name) {
        return switch (name) {
            case "payer" -> partyName(clause.payer());
            case "payee" -> partyName(clause.payee());
            case "period" -> contract.firstYear() == contract.lastYear() ? String.valueOf(contract.firstYear())
                    : contract.firstYear() + "–" + contract.lastYear();
            default -> words.direction(name, measure == null || measure.higherIsBetter());
        };
    }

    private String format(Parameter p, Object value, String filter) {
        if ("level".equals(filter) || "change".equals(filter)) {
            BigDecimal d = value instanceof Integer i ? BigDecimal.valueOf(i) : (BigDecimal) value;
            String unit = measure == null ? null : measure.unit();
            return "level".equals(filter) ? words.level(d, unit) : words.change(d, unit);
        }
        return switch (p.type()) {
            case AMOUNT -> words.amount((BigDecimal) value, contract.currency());
            case PERCENT -> words.percent((BigDecimal) value);
            case DECIMAL -> p.unit() == null ? words.number((BigDecimal) value)
                    : words.number((BigDecimal) value) + " " + p.unit();
            case INTEGER, YEAR -> value instanceof BigDecimal d ? words.integer(d.longValueExact())
                    : words.integer(((Integer) value).longValue());
            case BOOLEAN -> words.bool((Boolean) value);
            case TEXT, CHOICE -> String.valueOf(value);
            case MEASURE -> {
                MeasureDefinition m = contract.measures().get(String.valueOf(value));
                yield "unit".equals(filter) ? words.oneUnit(m == null ? null : m.unit())
                        : m == null ? String.valueOf(value) : lowerFirst(m.title());
            }
            case PARTY -> partyName(String.valueOf(value));
            case CLAUSES -> words.list(((List<?>) value).stream().map(String::valueOf).toList());
            case TABLE -> words.list(((List<?>) value).stream().map(r -> rowInWords(p, (TableRow) r)).toList());
        };
    }

    private String rowInWords(Parameter table, TableRow row) {
        List<String> cells = new ArrayList<>();
        for (Parameter column : table.columns().values()) {
            cells.add(column.name() + " " + format(column, row.cell(column.name()), null));
        }
        return "(" + String.join(", ", cells) + ")";
    }

    private String partyName(String id) {
        Party party = contract.parties().get(id);
        return party == null ? id : party.name();
    }

    private static boolean present(Object value) {
        return value != null && !(value instanceof List<?> l && l.isEmpty());
    }

    /** A measure title starts a sentence in the contract; inside ours it is lower case, unless it is an acronym. */
    static String lowerFirst(String title) {
        if (title.length() > 1 && Character.isUpperCase(title.charAt(0)) && Character.isLowerCase(title.charAt(1))) {
            return Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }

    /** Capital first letter, single spaces. */
    static String sentence(String text) {
        String s = text.replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

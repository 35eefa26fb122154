package se.utfall.derived;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.utfall.contract.Contract;
import se.utfall.contract.Language;
import se.utfall.facts.Figures;
import se.utfall.facts.MeasureDefinition;
import se.utfall.facts.Measurement;

/**
 * Computes a contract's derived measures per subject and year from the figures given, before any
 * rule runs, so the rules see a derived figure as one more measurement. A figure that cannot be
 * computed (an input missing, a division by zero, a result outside the measure's values) is left out
 * and noted as a {@link MissingFigure} whose reason names the cause.
 *
 * <p>The one rounding rule: inputs are exact; a division that does not terminate is carried to 34
 * significant digits; the result is rounded once, half-up, to the measure's {@code decimals:}.
 */
public final class DerivedFigures {
    /** The figures to settle on (given and derived) and the derived figures that are missing. */
    public record Result(List<Measurement> measurements, List<MissingFigure> missing) {
    }

    private DerivedFigures() {
    }

    public static Result compute(Contract contract, List<Measurement> given) {
        if (contract.derived().isEmpty()) {
            return new Result(given, List.of());
        }
        Language lang = contract.language();
        List<Measurement> all = new ArrayList<>(given);
        List<MissingFigure> missing = new ArrayList<>();
        // year → subject → measure → figure; sorted so the figures come out in one order every run
        Map<Integer, Map<String, Map<String, BigDecimal>>> figures = new TreeMap<>();
        for (Measurement m : given) {
            figures.computeIfAbsent(m.year(), y -> new TreeMap<>()).computeIfAbsent(m.subject(), s -> new HashMap<>())
                    .put(m.measure(), m.value());
        }
        for (var year : figures.entrySet()) {
            for (var subject : year.getValue().entrySet()) {
                Map<String, BigDecimal> known = subject.getValue();
                // contract.derived() is in an order where every derived measure comes after those it reads
                for (DerivedMeasure d : contract.derived().values()) {
                    if (known.containsKey(d.id())) {
                        continue; // a figure given for a derived measure (the analyzer varies it directly)
                    }
                    Set<String> inputs = d.formula().names();
                    if (inputs.stream().noneMatch(known::containsKey) && !inputs.isEmpty()) {
                        continue; // the subject has nothing to do with this measure
                    }
                    List<String> absent = inputs.stream().filter(n -> !known.containsKey(n)).toList();
                    if (!absent.isEmpty()) {
                        String which = String.join(", ", absent.stream().map(n -> leaves(contract, n, known)).toList());
                        missing.add(new MissingFigure(subject.getKey(), d.id(), year.getKey(), lang.pick(
                                d.id() + " kan inte räknas fram för " + subject.getKey() + " " + year.getKey()
                                        + ", uppgift saknas: " + which,
                                d.id() + " cannot be derived for " + subject.getKey() + " " + year.getKey()
                                        + ", missing: " + which)));
                        continue;
                    }
                    BigDecimal exact;
                    try {
                        exact = d.formula().evaluate(known);
                    } catch (ArithmeticException zero) {
                        String divisor = zero.getMessage();
                        missing.add(new MissingFigure(subject.getKey(), d.id(), year.getKey(), lang.pick(
                                d.id() + " kan inte räknas fram för " + subject.getKey() + " " + year.getKey()
                                        + ": division med noll (" + divisor + " är 0)",
                                d.id() + " cannot be derived for " + subject.getKey() + " " + year.getKey()
                                        + ": division by zero (" + divisor + " is 0)")));
                        continue;
                    }
                    BigDecimal value = exact.setScale(d.decimals(), RoundingMode.HALF_UP);
                    MeasureDefinition def = contract.measures().get(d.id());
                    String refusal = def.domain().refusal(value);
                    if (refusal != null) {
                        missing.add(new MissingFigure(subject.getKey(), d.id(), year.getKey(), lang.pick(
                                d.id() + " = " + Figures.decimal(value) + " för " + subject.getKey() + " "
                                        + year.getKey() + " ligger utanför måttets värden (" + def.domain().range() + ")",
                                d.id() + " = " + Figures.decimal(value) + " for " + subject.getKey() + " "
                                        + year.getKey() + " is outside the measure's values (" + def.domain().range() + ")")));
                        continue;
                    }
                    known.put(d.id(), value);
                    all.add(new Measurement(subject.getKey(), d.id(), year.getKey(), value, null, null,
                            working(d, known, value, lang), null));
                }
            }
        }
        return new Result(List.copyOf(all), List.copyOf(missing));
    }

    /** The derivation with its figures: "minskning = (jamforelse − behandlade) / jamforelse × 100 = (1 200 − 1 050) / 1 200 × 100 = 12,50". */
    public static String working(DerivedMeasure d, Map<String, BigDecimal> figures, BigDecimal value, Language lang) {
        java.util.function.Function<BigDecimal, String> number = lang == Language.EN ? Figures::english
                : Figures::decimal;
        String words = d.formula().words(number);
        String withFigures = d.formula().withFigures(figures, number);
        return d.id() + " = " + words + " = " + withFigures + " = " + plainWithDecimals(value, lang);
    }

    /** The rounded figure with all its decimals, "12,50" (the working shows what the rounding kept). */
    static String plainWithDecimals(BigDecimal value, Language lang) {
        BigDecimal whole = value.setScale(0, RoundingMode.DOWN).abs();
        String grouped = lang == Language.EN ? Figures.english(whole) : Figures.decimal(whole);
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String sign = value.signum() < 0 ? "−" : "";
        return sign + grouped + (dot < 0 ? "" : (lang == Language.EN ? "." : ",") + plain.substring(dot + 1));
    }

    /** Whether {@code m} is a figure this class derived (its source is its derivation). */
    public static boolean isDerived(Contract contract, Measurement m) {
        return contract.derived().containsKey(m.measure()) && m.verifiedBy() == null && m.source() != null
                && m.source().startsWith(m.measure() + " = ");
    }

    /** A missing input, and for a derived one the measured figures it lacks: "trend (rbd_unserved)". */
    private static String leaves(Contract contract, String name, Map<String, BigDecimal> known) {
        DerivedMeasure d = contract.derived().get(name);
        if (d == null) {
            return name;
        }
        List<String> below = d.formula().names().stream().filter(n -> !known.containsKey(n))
                .map(n -> leaves(contract, n, known)).toList();
        return below.isEmpty() ? name : name + " (" + String.join(", ", below) + ")";
    }

    /** The measures these depend on, themselves included, through derived measures. */
    public static Set<String> inputsOf(Contract contract, Set<String> measures) {
        Set<String> all = new TreeSet<>();
        List<String> todo = new ArrayList<>(measures);
        while (!todo.isEmpty()) {
            String m = todo.remove(todo.size() - 1);
            if (all.add(m) && contract.derived().containsKey(m)) {
                todo.addAll(contract.derived().get(m).formula().names());
            }
        }
        return all;
    }

    /** Derived measures in an order where each comes after those it reads; a cycle is named. */
    public static Map<String, DerivedMeasure> ordered(Map<String, DerivedMeasure> derived,
                                                      java.util.function.BiConsumer<String, String> cycle) {
        Map<String, DerivedMeasure> out = new LinkedHashMap<>();
        Map<String, Integer> state = new HashMap<>();
        for (String id : derived.keySet()) {
            visit(id, derived, out, state, new ArrayList<>(), cycle);
        }
        return out;
    }

    private static void visit(String id, Map<String, DerivedMeasure> derived, Map<String, DerivedMeasure> out,
                              Map<String, Integer> state, List<String> path,
                              java.util.function.BiConsumer<String, String> cycle) {
        Integer s = state.get(id);
        if (s != null && s == 2) {
            return;
        }
        path.add(id);
        if (s != null && s == 1) {
            List<String> loop = path.subList(path.indexOf(id), path.size());
            cycle.accept(loop.get(0), String.join(" → ", loop));
            return;
        }
        state.put(id, 1);
        for (String n : derived.get(id).formula().names()) {
            if (derived.containsKey(n)) {
                visit(n, derived, out, state, path, cycle);
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        out.put(id, derived.get(id));
    }
}

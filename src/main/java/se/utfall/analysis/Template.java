package se.utfall.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.utfall.contract.Contract;
import se.utfall.facts.Measurement;

/**
 * The contract's own measurements as the pattern every generated trajectory follows: its subjects,
 * measures, respondents, response rates, sources and verifiers are kept, so an honest provider's
 * figures pass the same data-quality gates and verification rules as the real ones; only the
 * values of the figure being varied change. A year the file lacks repeats the subject's latest
 * earlier row, so every figure holds steady over the period; a year before a figure's first row
 * stays without it (a measure first measured in 2027 is not invented for 2025), and a state
 * (an investor's balance) keeps exactly the rows the file has, since the contract's course sets it.
 */
public final class Template {
    /** subject → measure → one row per contract year. */
    private final Map<String, Map<String, List<Measurement>>> rows;
    private final Contract contract;
    /** Subjects that are not units of the portfolio: a comparison group such as Riket. */
    private final java.util.Set<String> notUnits;

    private Template(Contract contract, Map<String, Map<String, List<Measurement>>> rows) {
        this(contract, rows, java.util.Set.of());
    }

    private Template(Contract contract, Map<String, Map<String, List<Measurement>>> rows,
                     java.util.Set<String> notUnits) {
        this.contract = contract;
        this.rows = rows;
        this.notUnits = java.util.Set.copyOf(notUnits);
    }

    /**
     * The same template where the given subjects are not units (a comparison group): they are not
     * counted, and a widened template does not copy them into made-up units that would be paid.
     */
    public Template withoutUnits(java.util.Set<String> subjects) {
        return new Template(contract, rows, subjects);
    }

    /**
     * The measures the template has the most subjects for: the units the contract pays per unit
     * (a measure of the provider as a whole has one subject and is not multiplied).
     */
    private List<String> unitMeasures() {
        Map<String, Integer> count = new TreeMap<>();
        rows.values().forEach(m -> m.keySet().forEach(measure -> count.merge(measure, 1, Integer::sum)));
        int most = count.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return count.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
    }

    /** The subjects measured on a unit measure, sorted: the units of the portfolio. */
    public List<String> units() {
        List<String> measures = unitMeasures();
        return rows.entrySet().stream().filter(e -> !notUnits.contains(e.getKey()))
                .filter(e -> e.getValue().keySet().stream().anyMatch(measures::contains))
                .map(Map.Entry::getKey).toList();
    }

    public int unitCount() {
        return units().size();
    }

    /**
     * The template with more units, up to count: a real portfolio has more units than an example's
     * measurements file, and a cap across clauses binds only when they together reach it. Unit k is
     * named "Enhet k (som S)" and has the rows of the template's unit S (the units taken in turn),
     * so it is as realistic as the figures given; it is held at them while the template's own
     * figures are varied. A template with count or more units is returned as it is.
     */
    public Template widened(int count) {
        List<String> units = units();
        if (units.isEmpty() || units.size() >= count) {
            return this;
        }
        Map<String, Map<String, List<Measurement>>> more = new TreeMap<>(rows);
        for (int k = units.size() + 1; k <= count; k++) {
            String source = units.get((k - units.size() - 1) % units.size());
            String name = "Enhet " + k + " (som " + source + ")";
            Map<String, List<Measurement>> copy = new TreeMap<>();
            for (var series : rows.get(source).entrySet()) {
                copy.put(series.getKey(), series.getValue().stream().map(m -> new Measurement(name, m.measure(), m.year(),
                        m.value(), m.respondents(), m.responseRate(), m.source(), m.verifiedBy())).toList());
            }
            more.put(name, copy);
        }
        return new Template(contract, more, notUnits);
    }

    public static Template of(Contract contract, List<Measurement> measurements) {
        Map<String, Map<String, List<Measurement>>> bySeries = new TreeMap<>();
        Map<String, Map<String, List<Measurement>>> given = new TreeMap<>();
        for (Measurement m : measurements) {
            given.computeIfAbsent(m.subject(), s -> new TreeMap<>()).computeIfAbsent(m.measure(), x -> new ArrayList<>())
                    .add(m);
        }
        for (var subject : given.entrySet()) {
            for (var series : subject.getValue().entrySet()) {
                List<Measurement> known = series.getValue().stream()
                        .sorted(Comparator.comparingInt(Measurement::year)).toList();
                var def = contract.measures().get(series.getKey());
                boolean asMeasured = def != null && def.role() == se.utfall.facts.MeasureRole.STATE;
                List<Measurement> full = new ArrayList<>();
                for (int y = Math.max(contract.firstYear(), known.get(0).year()); y <= contract.lastYear(); y++) {
                    Measurement pattern = null;
                    for (Measurement m : known) {
                        if (m.year() <= y) {
                            pattern = m;
                        }
                    }
                    if (!asMeasured || pattern.year() == y) {
                        full.add(atYear(pattern, y, pattern.value()));
                    }
                }
                bySeries.computeIfAbsent(subject.getKey(), s -> new TreeMap<>()).put(series.getKey(), List.copyOf(full));
            }
        }
        return new Template(contract, bySeries);
    }

    private static Measurement atYear(Measurement m, int year, java.math.BigDecimal value) {
        return new Measurement(m.subject(), m.measure(), year, value, m.respondents(), m.responseRate(), m.source(),
                m.verifiedBy());
    }

    /** The subjects the template has figures for, for a measure, sorted. */
    public List<String> subjects(String measure) {
        return rows.entrySet().stream().filter(e -> e.getValue().containsKey(measure)).map(Map.Entry::getKey).toList();
    }

    /** The subject's rows of a measure, one per contract year from the first it was measured. */
    public List<Measurement> series(String subject, String measure) {
        return rows.get(subject).get(measure);
    }

    /**
     * The subject's value of a measure in every contract year, as a starting point to vary from: a
     * year without a row takes the nearest year's value (it is never written into a settlement).
     */
    public List<java.math.BigDecimal> valuesByYear(String subject, String measure) {
        List<Measurement> known = series(subject, measure);
        List<java.math.BigDecimal> out = new ArrayList<>();
        for (int y = contract.firstYear(); y <= contract.lastYear(); y++) {
            Measurement nearest = known.get(0);
            for (Measurement m : known) {
                if (Math.abs(m.year() - y) < Math.abs(nearest.year() - y)) {
                    nearest = m;
                }
            }
            out.add(nearest.value());
        }
        return out;
    }

    /** Every row, with the given foci's values replaced by their trajectories. */
    public List<Measurement> with(Map<Focus, Trajectory> varied) {
        List<Measurement> out = new ArrayList<>();
        for (var subject : rows.entrySet()) {
            for (var series : subject.getValue().entrySet()) {
                Focus focus = null;
                Trajectory t = null;
                for (var v : varied.entrySet()) {
                    if (v.getKey().subject().equals(subject.getKey())
                            && v.getKey().measure().id().equals(series.getKey())) {
                        focus = v.getKey();
                        t = v.getValue();
                    }
                }
                for (Measurement m : series.getValue()) {
                    int i = m.year() - contract.firstYear();
                    out.add(focus == null ? m : atYear(m, m.year(), focus.lattice().value(t.at(i))));
                }
            }
        }
        return out;
    }
}

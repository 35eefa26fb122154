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
 * earlier row (or its earliest row, before the first), so every figure holds steady over the period.
 */
public final class Template {
    /** subject → measure → one row per contract year. */
    private final Map<String, Map<String, List<Measurement>>> rows;
    private final Contract contract;

    private Template(Contract contract, Map<String, Map<String, List<Measurement>>> rows) {
        this.contract = contract;
        this.rows = rows;
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
                List<Measurement> full = new ArrayList<>();
                for (int y = contract.firstYear(); y <= contract.lastYear(); y++) {
                    Measurement pattern = known.get(0);
                    for (Measurement m : known) {
                        if (m.year() <= y) {
                            pattern = m;
                        }
                    }
                    full.add(atYear(pattern, y, pattern.value()));
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

    public List<Measurement> series(String subject, String measure) {
        return rows.get(subject).get(measure);
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

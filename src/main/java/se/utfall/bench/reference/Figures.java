package se.utfall.bench.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.utfall.facts.Measurement;

/** The measurements by measure and year, as the reference clauses look them up. */
final class Figures {
    private final Map<String, Map<Integer, List<Measurement>>> byMeasure = new HashMap<>();

    Figures(List<Measurement> measurements) {
        for (Measurement m : measurements) {
            byMeasure.computeIfAbsent(m.measure(), k -> new HashMap<>())
                    .computeIfAbsent(m.year(), k -> new ArrayList<>()).add(m);
        }
    }

    /** The figures of {@code measure} in {@code year}, every subject (empty when none). */
    List<Measurement> of(String measure, int year) {
        Map<Integer, List<Measurement>> years = byMeasure.get(measure);
        if (years == null) {
            return List.of();
        }
        return years.getOrDefault(year, List.of());
    }
}

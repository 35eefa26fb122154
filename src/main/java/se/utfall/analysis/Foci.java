package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import se.utfall.contract.Contract;
import se.utfall.engine.CompiledRules;
import se.utfall.facts.MeasureDefinition;
import se.utfall.facts.Measurement;

/** Which figures the analysis varies, each on its lattice with its grid and key values. */
public final class Foci {
    private Foci() {
    }

    /**
     * Every subject of every measure the clauses depend on, except those held; ranges as given or
     * guessed. maxGrid bounds the exhaustive part: the grid has k values with k^years <= maxGrid.
     */
    public static List<Focus> of(Contract contract, CompiledRules rules, Template template, List<String> held,
                                 Map<String, MeasureRange> ranges, int maxGrid) {
        return of(contract, rules, template, Roles.of(contract, rules, held), ranges, maxGrid);
    }

    /** Every figure the roles let vary: an outcome measure's subjects that no clause names as a comparison. */
    public static List<Focus> of(Contract contract, CompiledRules rules, Template template, Roles roles,
                                 Map<String, MeasureRange> ranges, int maxGrid) {
        List<Focus> foci = new ArrayList<>();
        int years = contract.lastYear() - contract.firstYear() + 1;
        for (String measure : KeyValues.measuresUsed(contract, rules)) {
            MeasureDefinition def = contract.measures().get(measure);
            List<BigDecimal> keys = KeyValues.of(contract, rules, measure);
            for (String subject : template.subjects(measure)) {
                if (!roles.varied(subject, measure)) {
                    continue;
                }
                List<BigDecimal> values = template.valuesByYear(subject, measure);
                MeasureRange range = ranges.containsKey(measure) ? ranges.get(measure)
                        : MeasureRange.guess(def, values, keys);
                Lattice lattice = range.lattice(def.higherIsBetter());
                TreeSet<Integer> keyPositions = new TreeSet<>();
                for (BigDecimal k : keys) {
                    int p = lattice.position(k);
                    if (p >= 0) {
                        keyPositions.add(p);
                        keyPositions.add(lattice.clamp(p - 1));
                        keyPositions.add(lattice.clamp(p + 1));
                    }
                }
                int[] t = new int[years];
                for (int i = 0; i < years; i++) {
                    t[i] = Math.max(0, lattice.position(values.get(i)));
                }
                Trajectory pattern = new Trajectory(t);
                List<Integer> grid = grid(lattice, pattern, keys, years, maxGrid);
                foci.add(new Focus(subject, def, lattice, List.copyOf(keyPositions), grid, pattern, template.unitCount()));
            }
        }
        return foci;
    }

    /**
     * The coarse grid: the range's ends, the template's values and the clauses' own key values,
     * thinned evenly to at most k values, and filled evenly across the range when there are fewer.
     */
    static List<Integer> grid(Lattice lattice, Trajectory pattern, List<BigDecimal> keys, int years, int maxGrid) {
        int k = 2;
        while (Math.pow(k + 1, years) <= maxGrid) {
            k++;
        }
        k = Math.min(k, lattice.size());
        TreeSet<Integer> wanted = new TreeSet<>();
        wanted.add(0);
        wanted.add(lattice.best());
        for (int i = 0; i < pattern.years(); i++) {
            wanted.add(pattern.at(i));
        }
        for (BigDecimal key : keys) {
            int p = lattice.position(key);
            if (p >= 0) {
                wanted.add(p);
            }
        }
        List<Integer> sorted = new ArrayList<>(wanted);
        TreeSet<Integer> chosen = new TreeSet<>();
        if (sorted.size() > k) {
            for (int i = 0; i < k; i++) {
                chosen.add(sorted.get(evenly(i, sorted.size() - 1, k - 1)));
            }
        } else {
            chosen.addAll(sorted);
            for (int i = 0; chosen.size() < k && i < k; i++) {
                chosen.add(evenly(i, lattice.best(), k - 1));
            }
        }
        return List.copyOf(chosen);
    }

    /**
     * The i-th of parts+1 evenly spaced positions from 0 to last, rounded half up: i * last / parts
     * in exact long arithmetic. In int, i * last overflows for a range of millions of steps (a
     * 0–7.8 M range was searched at −556 173).
     */
    static int evenly(int i, int last, int parts) {
        if (parts <= 0) {
            return 0;
        }
        long numerator = (long) i * last;
        return Math.toIntExact((2 * numerator + parts) / (2L * parts));
    }
}

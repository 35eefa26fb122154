package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/** The four comparison checks. */
public final class Comparisons {
    private Comparisons() {
    }

    public static List<Comparison> all() {
        return List.of(new Dominance(), new SawTooth(), new EarlyAchievement(), new Decline());
    }

    /** Better than or equal to another trajectory in every year: never paid less in total. */
    static final class Dominance implements Comparison {
        public String id() {
            return "dominance";
        }

        public String claim() {
            return "A result better than or equal to another in every year is never paid less in total.";
        }

        public String betterName() {
            return "better";
        }

        public String worseName() {
            return "worse";
        }

        public Optional<Pair> normalize(Pair p) {
            return p.better().dominates(p.worse()) && !p.better().equals(p.worse()) ? Optional.of(p) : Optional.empty();
        }

        /** One year one grid value up: if any dominated pair on the grid fails, one of these does. */
        public List<Pair> fromGrid(Focus focus, List<Trajectory> grid) {
            List<Pair> pairs = new ArrayList<>();
            List<Integer> g = focus.grid();
            for (Trajectory t : grid) {
                for (int y = 0; y < t.years(); y++) {
                    int i = g.indexOf(t.at(y));
                    if (i >= 0 && i + 1 < g.size()) {
                        pairs.add(new Pair(t.with(y, g.get(i + 1)), t, 0));
                    }
                }
            }
            return pairs;
        }

        public Optional<Pair> random(Focus focus, SplittableRandom r, int years) {
            Trajectory worse = Draw.any(focus, r, years);
            Trajectory better = worse;
            int raised = 1 + r.nextInt(2);
            for (int k = 0; k < raised; k++) {
                int y = r.nextInt(years);
                better = better.with(y, focus.lattice().clamp(better.at(y) + Draw.step(focus, r)));
            }
            return normalize(new Pair(better, worse, 0));
        }
    }

    /** Dropping and climbing back never pays more than holding on to the best level so far. */
    static final class SawTooth implements Comparison {
        public String id() {
            return "saw-tooth";
        }

        public String claim() {
            return "Dropping and climbing back never pays more than holding steady at the best level reached.";
        }

        public String betterName() {
            return "holding steady";
        }

        public String worseName() {
            return "drop and climb back";
        }

        public Optional<Pair> normalize(Pair p) {
            Trajectory w = p.worse();
            int peak = w.at(0);
            boolean dropped = false;
            for (int y = 1; y < w.years(); y++) {
                if (dropped && w.at(y) > w.at(y - 1)) {
                    return Optional.of(new Pair(w.runningBest(), w, 0));
                }
                dropped |= w.at(y) < peak;
                peak = Math.max(peak, w.at(y));
            }
            return Optional.empty();
        }

        public List<Pair> fromGrid(Focus focus, List<Trajectory> grid) {
            return grid.stream().map(t -> normalize(new Pair(t, t, 0))).flatMap(Optional::stream).toList();
        }

        public Optional<Pair> random(Focus focus, SplittableRandom r, int years) {
            if (years < 3) {
                return Optional.empty();
            }
            Trajectory t = Draw.rising(focus, r, years);
            int dip = 1 + r.nextInt(years - 2);
            t = t.with(dip, focus.lattice().clamp(t.at(dip) - Draw.step(focus, r)));
            return normalize(new Pair(t, t, 0));
        }
    }

    /** Reaching the same levels earlier (the same path k years sooner, then holding) never pays less. */
    static final class EarlyAchievement implements Comparison {
        public String id() {
            return "early-achievement";
        }

        public String claim() {
            return "Reaching the same level earlier, and holding it, never pays less than getting there step by step.";
        }

        public String betterName() {
            return "earlier";
        }

        public String worseName() {
            return "step by step";
        }

        static Trajectory sooner(Trajectory t, int shift) {
            int last = t.years() - 1;
            return t.map(y -> y == 0 ? t.at(0) : t.at(Math.min(y + shift, last)));
        }

        public Optional<Pair> normalize(Pair p) {
            Trajectory w = p.worse();
            int last = w.years() - 1;
            if (p.detail() < 1 || !w.neverWorsens() || w.at(last) <= w.at(0)) {
                return Optional.empty();
            }
            Trajectory b = sooner(w, p.detail());
            return b.equals(w) ? Optional.empty() : Optional.of(new Pair(b, w, p.detail()));
        }

        public List<Pair> fromGrid(Focus focus, List<Trajectory> grid) {
            List<Pair> pairs = new ArrayList<>();
            for (Trajectory t : grid) {
                for (int k = 1; k <= t.years() - 2; k++) {
                    normalize(new Pair(t, t, k)).ifPresent(pairs::add);
                }
            }
            return pairs;
        }

        public Optional<Pair> random(Focus focus, SplittableRandom r, int years) {
            if (years < 3) {
                return Optional.empty();
            }
            Trajectory t = Draw.rising(focus, r, years);
            return normalize(new Pair(t, t, 1 + r.nextInt(years - 2)));
        }
    }

    /**
     * Results that only fall after some year: neither the year of the fall nor the total may pay
     * more than holding the level from before the fall.
     */
    static final class Decline implements Comparison {
        public String id() {
            return "decline";
        }

        public String claim() {
            return "Falling results never pay more, in the year they fall or in total, than holding the level from before.";
        }

        public String betterName() {
            return "holding the level";
        }

        public String worseName() {
            return "falling";
        }

        public Optional<Pair> normalize(Pair p) {
            Trajectory w = p.worse();
            int fall = -1;
            for (int y = 1; y < w.years() && fall < 0; y++) {
                if (w.at(y) < w.at(y - 1)) {
                    fall = y;
                }
            }
            if (fall < 0) {
                return Optional.empty();
            }
            for (int y = fall + 1; y < w.years(); y++) {
                if (w.at(y) > w.at(y - 1)) {
                    return Optional.empty();
                }
            }
            int level = w.at(fall - 1);
            int from = fall;
            return Optional.of(new Pair(w.map(y -> y >= from ? level : w.at(y)), w, fall));
        }

        public List<Pair> fromGrid(Focus focus, List<Trajectory> grid) {
            return grid.stream().map(t -> normalize(new Pair(t, t, 0))).flatMap(Optional::stream).toList();
        }

        public Optional<Pair> random(Focus focus, SplittableRandom r, int years) {
            Trajectory t = Draw.rising(focus, r, years);
            int fall = 1 + r.nextInt(years - 1);
            int[] p = t.positions();
            for (int y = fall; y < years; y++) {
                p[y] = focus.lattice().clamp(p[y - 1] - (y == fall || r.nextBoolean() ? Draw.step(focus, r) : 0));
            }
            return normalize(new Pair(new Trajectory(p), new Trajectory(p), 0));
        }

        @Override
        public BigDecimal shortfall(Pair pair, Payout better, Payout worse) {
            // Later years may pay more after a fall when a period cap had been reached: only the
            // year of the fall and the total are held to it.
            int y = pair.detail();
            return worse.total().subtract(better.total()).max(worse.perYear().get(y).subtract(better.perYear().get(y)));
        }
    }
}

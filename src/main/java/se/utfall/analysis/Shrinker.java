package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes a counter-example as small as it can while it still fails: fewer and smaller movements,
 * the two trajectories closer together. Each step tries, year by year, to move a value to its
 * neighbour year's value, half-way there, or one step toward it (and, where both trajectories are
 * free, toward the other trajectory), and keeps the first change that still fails and is strictly
 * smaller, so the result is never larger than what it started from.
 */
public final class Shrinker {
    private final Comparison check;
    private final Function<Trajectory, Payout> paid;
    private final int maxTries;

    public Shrinker(Comparison check, Function<Trajectory, Payout> paid, int maxTries) {
        this.check = check;
        this.paid = paid;
        this.maxTries = maxTries;
    }

    public boolean fails(Pair p) {
        return check.shortfall(p, paid.apply(p.better()), paid.apply(p.worse())).signum() > 0;
    }

    public Pair shrink(Pair start, Lattice lattice) {
        Pair current = start;
        int tries = 0;
        boolean improved = true;
        while (improved && tries < maxTries) {
            improved = false;
            for (Pair candidate : candidates(current, lattice)) {
                Optional<Pair> n = check.normalize(candidate);
                if (n.isEmpty() || n.get().size() >= current.size()) {
                    continue;
                }
                if (++tries > maxTries) {
                    break;
                }
                if (fails(n.get())) {
                    current = n.get();
                    improved = true;
                    break;
                }
            }
        }
        return current;
    }

    private List<Pair> candidates(Pair p, Lattice lattice) {
        List<Pair> out = new ArrayList<>();
        Trajectory w = p.worse();
        Trajectory b = p.better();
        boolean bothFree = check instanceof Comparisons.Dominance;
        for (int y = 0; y < w.years(); y++) {
            for (int target : targets(w, y, bothFree ? b.at(y) : -1)) {
                Trajectory w2 = w.with(y, lattice.clamp(target));
                out.add(new Pair(bothFree ? b : w2, w2, p.detail()));
                if (bothFree) {
                    // move both by the same amount, keeping their gap
                    int delta = lattice.clamp(target) - w.at(y);
                    out.add(new Pair(b.with(y, lattice.clamp(b.at(y) + delta)), w2, p.detail()));
                }
            }
            if (bothFree) {
                for (int target : targets(b, y, w.at(y))) {
                    out.add(new Pair(b.with(y, lattice.clamp(target)), w, p.detail()));
                }
            }
        }
        if (p.detail() > 1) {
            out.add(new Pair(b, w, p.detail() - 1));
        }
        return out;
    }

    private static List<Integer> targets(Trajectory t, int y, int other) {
        List<Integer> out = new ArrayList<>();
        int v = t.at(y);
        List<Integer> anchors = new ArrayList<>();
        if (other >= 0) {
            anchors.add(other);
        }
        if (y > 0) {
            anchors.add(t.at(y - 1));
        }
        if (y + 1 < t.years()) {
            anchors.add(t.at(y + 1));
        }
        for (int a : anchors) {
            if (a == v) {
                continue;
            }
            out.add(a);
            out.add((a + v) / 2);
            out.add(v + Integer.signum(a - v));
        }
        return out;
    }

    /** For tests: the shortfall of a pair. */
    public BigDecimal shortfall(Pair p) {
        return check.shortfall(p, paid.apply(p.better()), paid.apply(p.worse()));
    }
}

package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.Settlement;
import se.utfall.facts.LineStatus;

/**
 * Runs every check over generated trajectories, settling each with the contract's own rules.
 * Deterministic: the random part of each check and figure draws from its own generator seeded
 * from the seed and the check's and figure's names, and every choice between equal findings is
 * made by a fixed order.
 */
public final class Analyzer {
    /** Settlements the shrinker may spend on one counter-example. */
    static final int SHRINK_TRIES = 400;

    private final Evaluator evaluator;
    private final List<Focus> foci;
    private final long seed;
    private final int samples;
    private final int years;
    private final Map<Focus, Best> best = new LinkedHashMap<>();

    public Analyzer(Evaluator evaluator, List<Focus> foci, long seed, int samples) {
        this.evaluator = evaluator;
        this.foci = foci;
        this.seed = seed;
        this.samples = samples;
        var c = evaluator.prepared().contract();
        this.years = c.lastYear() - c.firstYear() + 1;
    }

    public Analysis run(List<String> held, BigDecimal maxCliff, BigDecimal budget) {
        return run(held, new Limits(budget, budget == null ? null : "--budget", maxCliff,
                maxCliff == null ? null : "--max-cliff"));
    }

    /** Every check; held lists the figures held and why, for the report. */
    public Analysis run(List<String> held, Limits limits) {
        List<ComparisonResult> results = comparisons();
        Cliff cliff = cliff(limits.cliff());
        Exposure exposure = exposure(limits.budget());
        var c = evaluator.prepared().contract();
        int units = evaluator.template().unitCount();
        return new Analysis(c, seed, samples, evaluator.money(), foci, held, results, cliff, exposure,
                evaluator.settlements(), units, units, limits);
    }

    /** Every comparison check, in the order they are reported. */
    public List<ComparisonResult> comparisons() {
        List<ComparisonResult> results = new ArrayList<>();
        for (Comparison check : Comparisons.all()) {
            results.add(compare(check));
        }
        return results;
    }

    Payout paid(Focus f, Trajectory t) {
        Payout p = evaluator.paid(f, t);
        best.merge(f, new Best(t, p), Best::max);
        return p;
    }

    SplittableRandom random(String check, Focus f) {
        return new SplittableRandom(seed * 1_000_003L + (check + "\u0000" + f.label()).hashCode());
    }

    /** Every trajectory on the focus's coarse grid: k^years of them, in a fixed order. */
    static List<Trajectory> grid(Focus f, int years) {
        List<Trajectory> out = new ArrayList<>();
        int k = f.grid().size();
        int[] digits = new int[years];
        long count = (long) Math.pow(k, years);
        for (long n = 0; n < count; n++) {
            long rest = n;
            for (int y = years - 1; y >= 0; y--) {
                digits[y] = f.grid().get((int) (rest % k));
                rest /= k;
            }
            out.add(new Trajectory(digits));
        }
        return out;
    }

    public ComparisonResult compare(Comparison check) {
        Example largest = null;
        long pairs = 0;
        for (Focus f : foci) {
            List<Pair> candidates = new ArrayList<>(check.fromGrid(f, grid(f, years)));
            SplittableRandom r = random(check.id(), f);
            for (int i = 0; i < samples; i++) {
                check.random(f, r, years).ifPresent(candidates::add);
            }
            List<Trajectory> all = new ArrayList<>();
            candidates.forEach(p -> {
                all.add(p.better());
                all.add(p.worse());
            });
            evaluator.prefetch(f, all);
            for (Pair p : candidates) {
                pairs++;
                Payout b = paid(f, p.better());
                Payout w = paid(f, p.worse());
                BigDecimal s = check.shortfall(p, b, w);
                if (s.signum() > 0 && (largest == null || s.compareTo(largest.shortfall()) > 0
                        || s.compareTo(largest.shortfall()) == 0 && p.size() < largest.pair().size())) {
                    largest = new Example(f, p, b, w, s);
                }
            }
        }
        if (largest == null) {
            // no pair tried proves nothing: say so rather than pass
            return new ComparisonResult(check, pairs == 0 ? Status.NOT_RUN : Status.PASS, pairs, null, null);
        }
        Focus f = largest.focus();
        Shrinker shrinker = new Shrinker(check, t -> paid(f, t), SHRINK_TRIES);
        Pair small = shrinker.shrink(largest.pair(), f.lattice());
        Payout b = paid(f, small.better());
        Payout w = paid(f, small.worse());
        return new ComparisonResult(check, Status.FAIL, pairs,
                new Example(f, small, b, w, check.shortfall(small, b, w)).explained(evaluator), largest);
    }

    /** The largest change in total payout for one step of a figure in one year. */
    public Cliff cliff(BigDecimal limit) {
        Cliff found = null;
        for (Focus f : foci) {
            List<Trajectory> bases = new ArrayList<>();
            bases.add(f.template());
            // the range's ends and two grid values between: a step's worth changes with caps
            List<Integer> g = f.grid();
            for (int i : new java.util.TreeSet<>(List.of(0, g.size() / 3, 2 * g.size() / 3, g.size() - 1))) {
                bases.add(Trajectory.constant(years, g.get(i)));
            }
            List<int[]> steps = new ArrayList<>(); // {base index, year, lower position}
            for (int b = 0; b < bases.size(); b++) {
                for (int y = 0; y < years; y++) {
                    for (int k : f.keyPositions()) {
                        if (k + 1 < f.lattice().size()) {
                            steps.add(new int[] {b, y, k});
                        }
                    }
                }
            }
            SplittableRandom r = random("cliffs", f, 0);
            for (int i = 0; i < samples; i++) {
                bases.add(Draw.any(f, r, years));
                steps.add(new int[] {bases.size() - 1, r.nextInt(years), r.nextInt(Math.max(1, f.lattice().size() - 1))});
            }
            List<Trajectory> all = new ArrayList<>();
            for (int[] s : steps) {
                Trajectory lower = bases.get(s[0]).with(s[1], s[2]);
                all.add(lower);
                all.add(lower.with(s[1], Math.min(s[2] + 1, f.lattice().best())));
            }
            evaluator.prefetch(f, all);
            for (int[] s : steps) {
                Trajectory lower = bases.get(s[0]).with(s[1], s[2]);
                Trajectory upper = lower.with(s[1], Math.min(s[2] + 1, f.lattice().best()));
                if (lower.equals(upper)) {
                    continue;
                }
                Payout pl = paid(f, lower);
                Payout pu = paid(f, upper);
                BigDecimal change = pu.total().subtract(pl.total());
                if (found == null || change.abs().compareTo(found.change().abs()) > 0) {
                    found = new Cliff(f, s[1], lower, upper, pl, pu, change, limit, Status.INFO, null);
                }
            }
        }
        if (found == null) {
            return null;
        }
        Status status = limit == null ? Status.INFO
                : found.change().abs().compareTo(limit) > 0 ? Status.FAIL : Status.PASS;
        Difference clause = Difference.between(evaluator.settle(Map.of(found.focus(), found.upper())),
                evaluator.settle(Map.of(found.focus(), found.lower())), evaluator.money());
        return new Cliff(found.focus(), found.year(), found.lower(), found.upper(), found.atLower(), found.atUpper(),
                found.change(), limit, status, clause);
    }

    private SplittableRandom random(String check, Focus f, int salt) {
        return new SplittableRandom(seed * 1_000_003L + salt + (check + "\u0000" + f.label()).hashCode());
    }

    /**
     * The largest payout found: each figure's own best (others at the template), all figures at
     * their own bests together, all at the best value every year, and random combinations.
     */
    public Exposure exposure(BigDecimal budget) {
        List<Map<Focus, Trajectory>> candidates = new ArrayList<>();
        Map<Focus, Trajectory> together = new LinkedHashMap<>();
        Map<Focus, Trajectory> top = new LinkedHashMap<>();
        for (Focus f : foci) {
            Best b = best.get(f);
            if (b != null) {
                candidates.add(Map.of(f, b.trajectory()));
                together.put(f, b.trajectory());
            }
            top.put(f, Trajectory.constant(years, f.lattice().best()));
        }
        candidates.add(together);
        candidates.add(top);
        for (Focus f : foci) {
            Map<Focus, Trajectory> m = new LinkedHashMap<>(together);
            m.put(f, top.get(f));
            candidates.add(m);
        }
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + "exposure".hashCode());
        for (int i = 0; i < samples; i++) {
            Map<Focus, Trajectory> m = new LinkedHashMap<>();
            for (Focus f : foci) {
                m.put(f, r.nextBoolean() && together.containsKey(f) ? together.get(f) : Draw.any(f, r, years));
            }
            candidates.add(m);
        }
        Map<Focus, Trajectory> argmax = Map.of();
        Payout max = evaluator.paid(argmax);
        for (Map<Focus, Trajectory> m : candidates) {
            Payout p = evaluator.paid(m);
            if (p.total().compareTo(max.total()) > 0) {
                max = p;
                argmax = m;
            }
        }
        // Climb from the best found: move one figure in one year, keep it when it pays more.
        for (int i = 0; i < samples && !foci.isEmpty(); i++) {
            Focus f = foci.get(r.nextInt(foci.size()));
            Trajectory t = argmax.getOrDefault(f, f.template());
            int y = r.nextInt(years);
            int moved = f.lattice().clamp(t.at(y) + Draw.step(f, r) * (r.nextBoolean() ? 1 : -1));
            Map<Focus, Trajectory> m = new LinkedHashMap<>(argmax);
            m.put(f, t.with(y, moved));
            Payout p = evaluator.paid(m);
            if (p.total().compareTo(max.total()) > 0) {
                max = p;
                argmax = m;
            }
        }
        Settlement s = evaluator.settle(argmax);
        Map<String, BigDecimal> cuts = new TreeMap<>();
        Map<String, String> titles = new TreeMap<>();
        // A cap's cut is every line of a clause that caps, not only its CAPPED ones: a cap that carries
        // what it cuts (payment-cap per: year-carry-forward) withholds, releases, and caps only in the
        // last year, and what it kept from being paid is the sum of all three (a clause's own payments
        // are not cuts).
        java.util.Set<String> capping = new java.util.TreeSet<>();
        for (DecisionLine l : s.lines()) {
            if (l.status() == LineStatus.CAPPED && evaluator.money().payers().contains(l.payer())) {
                capping.add(l.clause());
            }
        }
        for (DecisionLine l : s.lines()) {
            boolean adjustment = l.status() == LineStatus.CAPPED || l.status() == LineStatus.WITHHELD
                    || l.status() == LineStatus.RELEASED;
            if (adjustment && capping.contains(l.clause()) && evaluator.money().payers().contains(l.payer())) {
                cuts.merge(l.clause(), l.amount(), BigDecimal::add);
                titles.put(l.clause(), l.clauseTitle());
            }
        }
        List<Exposure.CapApplied> caps = new ArrayList<>();
        var order = evaluator.prepared().contract().clauses();
        cuts.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> order.stream().map(cl -> cl.id()).toList().indexOf(e.getKey())))
                .forEach(e -> caps.add(new Exposure.CapApplied(e.getKey(), titles.get(e.getKey()), e.getValue())));
        Status status = budget == null ? Status.INFO
                : max.total().compareTo(budget) > 0 ? Status.FAIL : Status.PASS;
        Map<Focus, Trajectory> figures = new LinkedHashMap<>();
        for (Focus f : foci) {
            figures.put(f, argmax.getOrDefault(f, f.template()));
        }
        return new Exposure(figures, max, caps, budget, status);
    }

    /** A figure's highest-paid trajectory so far; ties go to the smaller positions, for a fixed answer. */
    record Best(Trajectory trajectory, Payout payout) {
        static Best max(Best a, Best b) {
            int c = a.payout.total().compareTo(b.payout.total());
            if (c != 0) {
                return c > 0 ? a : b;
            }
            return java.util.Arrays.compare(a.trajectory.positions(), b.trajectory.positions()) <= 0 ? a : b;
        }
    }

    Optional<Focus> focus(String label) {
        return foci.stream().filter(f -> f.label().equals(label)).findFirst();
    }
}

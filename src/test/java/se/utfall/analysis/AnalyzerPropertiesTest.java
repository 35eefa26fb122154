package se.utfall.analysis;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.MeasureDefinition;
import se.utfall.library.ClauseLibrary;

/** The analyzer's own invariants, checked over many generated inputs. */
class AnalyzerPropertiesTest {
    private static final Lattice PERCENT = new Lattice(BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.ONE, true);
    private static final Focus FOCUS = new Focus("Enhet", new MeasureDefinition("nojdhet", "Nöjda", "%", true, ""),
            PERCENT, List.of(79, 80, 81), List.of(0, 50, 80, 100), new Trajectory(82, 86, 88, 88), 1);

    /** The naive clause in plain Java: 10 per point of rise over the previous year, at most 80 a year. */
    private static Payout naive(Trajectory t) {
        List<BigDecimal> years = new ArrayList<>();
        years.add(BigDecimal.ZERO);
        BigDecimal total = BigDecimal.ZERO;
        for (int y = 1; y < t.years(); y++) {
            BigDecimal v = BigDecimal.valueOf(Math.min(80, 10 * Math.max(0, t.at(y) - t.at(y - 1))));
            years.add(v);
            total = total.add(v);
        }
        return new Payout(years, total);
    }

    @Provide
    Arbitrary<Trajectory> trajectories() {
        return Arbitraries.integers().between(0, 100).array(int[].class).ofSize(4).map(Trajectory::new);
    }

    @Property
    void theSameSeedDrawsTheSameTrajectoriesForEveryCheck(@ForAll long seed) {
        for (Comparison check : Comparisons.all()) {
            SplittableRandom a = new SplittableRandom(seed);
            SplittableRandom b = new SplittableRandom(seed);
            for (int i = 0; i < 20; i++) {
                Optional<Pair> x = check.random(FOCUS, a, 4);
                Optional<Pair> y = check.random(FOCUS, b, 4);
                if (!x.equals(y)) {
                    throw new AssertionError(check.id() + " drew " + x + " and " + y + " from seed " + seed);
                }
            }
        }
    }

    @Property
    void everyDrawnPairHasItsChecksShapeAndStaysInRange(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        for (Comparison check : Comparisons.all()) {
            for (int i = 0; i < 20; i++) {
                check.random(FOCUS, r, 4).ifPresent(p -> {
                    if (!p.better().dominates(p.worse()) || p.better().equals(p.worse())) {
                        throw new AssertionError(check.id() + ": better does not dominate worse in " + p);
                    }
                    for (int y = 0; y < 4; y++) {
                        if (p.worse().at(y) < 0 || p.worse().at(y) > PERCENT.best()) {
                            throw new AssertionError("out of range: " + p);
                        }
                    }
                    if (!check.normalize(p).equals(Optional.of(p))) {
                        throw new AssertionError(check.id() + ": a drawn pair is not in normal form: " + p);
                    }
                });
            }
        }
    }

    @Property
    void theShrinkerNeverReturnsALargerOrAPassingCounterExample(@ForAll long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Function<Trajectory, Payout> paid = AnalyzerPropertiesTest::naive;
        for (Comparison check : Comparisons.all()) {
            Shrinker shrinker = new Shrinker(check, paid, 200);
            for (int i = 0; i < 10; i++) {
                Optional<Pair> p = check.random(FOCUS, r, 4);
                if (p.isEmpty() || !shrinker.fails(p.get())) {
                    continue;
                }
                Pair small = shrinker.shrink(p.get(), PERCENT);
                if (small.size() > p.get().size() || !shrinker.fails(small)
                        || !check.normalize(small).equals(Optional.of(small))) {
                    throw new AssertionError(check.id() + ": " + p.get() + " shrank to " + small);
                }
            }
        }
    }

    @Property
    void dominanceIsReflexiveAntisymmetricAndTransitive(@ForAll("trajectories") Trajectory a,
                                                        @ForAll("trajectories") Trajectory b,
                                                        @ForAll("trajectories") Trajectory c) {
        if (!a.dominates(a)) {
            throw new AssertionError("not reflexive: " + a);
        }
        if (a.dominates(b) && b.dominates(a) && !a.equals(b)) {
            throw new AssertionError("not antisymmetric: " + a + " " + b);
        }
        if (a.dominates(b) && b.dominates(c) && !a.dominates(c)) {
            throw new AssertionError("not transitive: " + a + " " + b + " " + c);
        }
    }

    @Property
    void aLatticePositionAndItsValueRoundTrip(@ForAll @IntRange(min = 0, max = 100) int position,
                                              @ForAll boolean higherIsBetter) {
        Lattice l = new Lattice(new BigDecimal("3.5"), new BigDecimal("13.5"), new BigDecimal("0.1"), higherIsBetter);
        if (l.position(l.value(position)) != position) {
            throw new AssertionError(position + " → " + l.value(position) + " → " + l.position(l.value(position)));
        }
    }

    /** Re-settling a reported counter-example with the contract's rules gives the amounts reported. */
    @Property(tries = 2)
    void everyReportedCounterExampleReproducesWhenSettledAgain(@ForAll @IntRange(min = 1, max = 1000) int seed) {
        PreparedContract prepared = PreparedContract.prepare(Path.of("contracts/examples-flawed/naive-hemtjanst"),
                ClauseLibrary.load(Path.of("rules")));
        Template template = Template.of(prepared.contract(), prepared.measurements(null));
        CountedMoney money = CountedMoney.purchasers(prepared.contract());
        List<Focus> foci = Foci.of(prepared.contract(), prepared.rules(), template, List.of(), Map.of(), 16);
        Analysis a = new Analyzer(new Evaluator(prepared, template, money), foci, seed, 30)
                .run(List.of(), null, null);
        for (ComparisonResult r : a.comparisons()) {
            if (r.status() != Status.FAIL) {
                continue;
            }
            Example e = r.minimal();
            // a fresh evaluator: nothing cached
            Evaluator fresh = new Evaluator(prepared, template, money);
            Payout better = money.of(fresh.settle(Map.of(e.focus(), e.pair().better())));
            Payout worse = money.of(fresh.settle(Map.of(e.focus(), e.pair().worse())));
            if (!better.equals(e.better()) || !worse.equals(e.worse())
                    || r.check().shortfall(e.pair(), better, worse).signum() <= 0) {
                throw new AssertionError(r.check().id() + " does not reproduce: " + e);
            }
        }
    }
}

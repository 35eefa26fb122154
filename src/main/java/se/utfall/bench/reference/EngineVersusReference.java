package se.utfall.bench.reference;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.utfall.bench.Benchmark;
import se.utfall.decision.Settlement;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;
import se.utfall.report.Amounts;

/**
 * The engine against plain Java: settles the contracts of a portfolio that use only the four reference
 * families both with the engine and with {@link ReferenceSettlement}, checks that every contract-year's
 * total agrees to the öre, and times both the same way, warm and in-process, without the ledger.
 *
 * <p>The engine path is the one settle and settle --dry-run decide with (the ledger's {@code decide}
 * for terms that were never amended): {@link PreparedContract#settle(List, int, java.time.LocalDate)}
 * of every year up to the contract's last, which recomputes the years from the first in one session,
 * under the settlement budget. The reference path builds its clauses from the same parsed contract
 * and settles the same measurements. Contracts are read, checked and compiled before timing: both
 * paths start from the same parsed inputs.
 *
 * <p>A third path measures the floor under the engine: {@link DroolsAlone}, the same rule base given the
 * same facts and fired phase by phase as the engine does, without anything of Utfall's around it (its
 * totals are checked against the engine's too). The engine's cost is then Drools' plus Utfall's, and
 * Drools alone against the reference says how close to it any engine that lets Drools decide can come.
 *
 * <p>Each round settles every sampled contract once with one path; rounds alternate engine, Drools
 * alone and reference, after warm-up rounds of all three, and the median round counts. Time is measured as process
 * CPU time (the engine settles on a supervised worker thread per settlement, which the calling
 * thread's CPU time would miss; process CPU includes the garbage collector, part of either path's
 * cost) and as wall time; the reference's own thread CPU time is shown beside it.
 */
public final class EngineVersusReference {
    /** How much to compare: at most {@code contracts} contracts of the portfolio, warm-up and measured rounds. */
    public record Options(int contracts, int warmupRounds, int rounds) {
        public static final Options DEFAULT = new Options(300, 5, 5);

        public Options {
            if (contracts < 1 || warmupRounds < 0 || rounds < 1) {
                throw new IllegalArgumentException("contracts and rounds must be at least 1");
            }
        }
    }

    /** The median round of one path: wall and CPU time for settling every compared contract once. */
    public record Timing(long wallNanos, long cpuNanos, long threadCpuNanos) {
    }

    /**
     * What a comparison found. {@code leftOut} counts the portfolio's contracts not compared, by why
     * (a family the reference does not implement, or the sample was full).
     */
    public record Result(int portfolio, Map<String, Integer> leftOut, TotalsComparison totals, Timing engine,
                         Timing reference, Options options, Timing drools, TotalsComparison droolsTotals) {
        public double engineCpuMicros() {
            return perContractYear(engine.cpuNanos());
        }

        public double engineWallMicros() {
            return perContractYear(engine.wallNanos());
        }

        public double referenceCpuMicros() {
            return perContractYear(reference.cpuNanos());
        }

        public double referenceWallMicros() {
            return perContractYear(reference.wallNanos());
        }

        public double droolsCpuMicros() {
            return perContractYear(drools.cpuNanos());
        }

        public double droolsWallMicros() {
            return perContractYear(drools.wallNanos());
        }

        /** Drools alone over the reference, CPU per contract-year: the least the engine's ratio can be. */
        public double droolsRatio() {
            return (double) drools.cpuNanos() / Math.max(1, reference.cpuNanos());
        }

        /** The engine over Drools alone, CPU: what Utfall adds around Drools. */
        public double engineOverDrools() {
            return (double) engine.cpuNanos() / Math.max(1, drools.cpuNanos());
        }

        /** Engine CPU time over reference CPU time, per contract-year: the ratio. */
        public double ratio() {
            return (double) engine.cpuNanos() / Math.max(1, reference.cpuNanos());
        }

        public double wallRatio() {
            return (double) engine.wallNanos() / Math.max(1, reference.wallNanos());
        }

        private double perContractYear(long nanos) {
            return nanos / 1e3 / Math.max(1, totals.contractYears());
        }

        /** The benchmark's text section, one line each. */
        public List<String> text() {
            List<String> out = new ArrayList<>();
            String left = leftOut.isEmpty() ? "" : "; left out: " + String.join(", ", leftOut.entrySet().stream()
                    .map(e -> e.getValue() + " with " + e.getKey()).toList());
            out.add(String.format(Locale.ROOT, "engine vs plain Java  %d of %d contracts (%d contract-years) that use"
                    + " only rate-card, fixed-payment, level-bonus and payment-cap%s", totals.contracts(), portfolio,
                    totals.contractYears(), left));
            out.add(String.format(Locale.ROOT, "  warm, in-process, without the ledger (%d warm-up rounds, median of %d):"
                    + " engine %.0f µs CPU / contract-year (%.0f µs wall), reference %.1f µs CPU (%.1f µs wall):"
                    + " ratio %.1f× CPU, %.1f× wall (target ≤ 3×)", options.warmupRounds(), options.rounds(),
                    engineCpuMicros(), engineWallMicros(), referenceCpuMicros(), referenceWallMicros(), ratio(),
                    wallRatio()));
            out.add(String.format(Locale.ROOT, "  Drools alone (the same rule base, facts and five fireAllRules a year,"
                    + " consequences running; no supervisor, listeners or Utfall text around it): %.0f µs CPU /"
                    + " contract-year (%.0f µs wall): %.1f× the reference, the floor while Drools decides; the engine"
                    + " is %.2f× Drools alone%s", droolsCpuMicros(), droolsWallMicros(), droolsRatio(),
                    engineOverDrools(), droolsTotals.equal() ? "" : "; ITS TOTALS DIFFER from the engine's in "
                            + droolsTotals.differences().size() + " contract-years"));
            if (totals.equal()) {
                out.add("  totals equal to the öre in every contract-year: " + Amounts.human(totals.engineTotal())
                        + " kr in both");
            } else {
                out.add("  TOTALS DIFFER in " + totals.differences().size() + " contract-years (engine "
                        + Amounts.human(totals.engineTotal()) + " kr, reference " + Amounts.human(totals.referenceTotal())
                        + " kr); first: " + (totals.differences().isEmpty() ? "the grand totals"
                        : totals.differences().get(0)));
            }
            return out;
        }

        /** The same figures for --format json (amounts as exact decimal strings). */
        public Map<String, Object> json() {
            Map<String, Object> m = new TreeMap<>();
            m.put("families", List.of("fixed-payment", "level-bonus", "payment-cap", "rate-card"));
            m.put("portfolioContracts", portfolio);
            m.put("contracts", totals.contracts());
            m.put("contractYears", totals.contractYears());
            m.put("leftOut", new TreeMap<>(leftOut));
            m.put("warmupRounds", options.warmupRounds());
            m.put("rounds", options.rounds());
            m.put("engineCpuMicrosPerContractYear", round1(engineCpuMicros()));
            m.put("engineWallMicrosPerContractYear", round1(engineWallMicros()));
            m.put("referenceCpuMicrosPerContractYear", round1(referenceCpuMicros()));
            m.put("referenceWallMicrosPerContractYear", round1(referenceWallMicros()));
            m.put("ratioCpu", round1(ratio()));
            m.put("ratioWall", round1(wallRatio()));
            m.put("droolsAloneCpuMicrosPerContractYear", round1(droolsCpuMicros()));
            m.put("droolsAloneWallMicrosPerContractYear", round1(droolsWallMicros()));
            m.put("droolsAloneRatioCpu", round1(droolsRatio()));
            m.put("engineOverDroolsAloneCpu", BigDecimal.valueOf(engineOverDrools())
                    .setScale(2, java.math.RoundingMode.HALF_UP));
            m.put("droolsAloneTotalsEqual", droolsTotals.equal());
            m.put("totalsEqual", totals.equal());
            m.put("engineTotal", totals.engineTotal().toPlainString());
            m.put("referenceTotal", totals.referenceTotal().toPlainString());
            m.put("differences", totals.differences().stream().limit(20).map(d -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("contract", d.contract());
                x.put("year", d.year());
                x.put("engine", d.engine() == null ? null : d.engine().toPlainString());
                x.put("reference", d.reference() == null ? null : d.reference().toPlainString());
                return x;
            }).toList());
            return m;
        }

        private static BigDecimal round1(double v) {
            return BigDecimal.valueOf(v).setScale(1, java.math.RoundingMode.HALF_UP);
        }
    }

    /** One contract ready for the three paths. */
    private record Case(PreparedContract prepared, List<Measurement> measurements, DroolsAlone drools) {
        int lastYear() {
            return prepared.contract().lastYear();
        }
    }

    private EngineVersusReference() {
    }

    /**
     * Compares the first {@code options.contracts()} contracts of the portfolio that use only the
     * reference families (the rest are counted, by why, and not read once the sample is full); empty
     * when none does.
     */
    public static Optional<Result> run(List<Path> portfolio, ClauseLibrary library, Options options) {
        Map<String, Integer> leftOut = new TreeMap<>();
        List<Case> cases = new ArrayList<>();
        for (Path folder : portfolio) {
            if (cases.size() >= options.contracts()) {
                leftOut.merge("the sample full (--reference-contracts)", 1, Integer::sum);
                continue;
            }
            PreparedContract prepared = PreparedContract.prepare(folder, library);
            Optional<String> why = ReferenceSettlement.unsupported(prepared.contract());
            if (why.isPresent()) {
                leftOut.merge(why.get(), 1, Integer::sum);
            } else {
                List<Measurement> measurements = prepared.measurements(null);
                cases.add(new Case(prepared, measurements, new DroolsAlone(prepared, measurements)));
            }
        }
        return cases.isEmpty() ? Optional.empty() : Optional.of(compare(cases, portfolio.size(), leftOut, options));
    }

    /** What the benchmark prints when no contract of the portfolio can be compared. */
    public static final String NONE = "engine vs plain Java  no contract of the portfolio uses only rate-card,"
            + " fixed-payment, level-bonus and payment-cap: nothing to compare (generate more contracts)";

    /** Compares and times contracts already prepared (tests use this with their own measurements). */
    public static TotalsComparison check(List<PreparedContract> contracts, List<List<Measurement>> measurements) {
        List<YearTotals> engine = new ArrayList<>();
        List<YearTotals> reference = new ArrayList<>();
        for (int i = 0; i < contracts.size(); i++) {
            PreparedContract p = contracts.get(i);
            engine.add(YearTotals.of(engine(p, measurements.get(i))));
            reference.add(reference(p, measurements.get(i)));
        }
        return TotalsComparison.of(engine, reference);
    }

    private static Result compare(List<Case> cases, int portfolio, Map<String, Integer> leftOut, Options options) {
        // Each contract settled once by each path before timing; the engine's totals serve both checks.
        List<YearTotals> engineTotals = new ArrayList<>();
        List<YearTotals> referenceTotals = new ArrayList<>();
        List<YearTotals> droolsTotals = new ArrayList<>();
        for (Case c : cases) {
            engineTotals.add(YearTotals.of(engine(c.prepared(), c.measurements())));
            referenceTotals.add(reference(c.prepared(), c.measurements()));
            droolsTotals.add(c.drools().settle());
        }
        TotalsComparison totals = TotalsComparison.of(engineTotals, referenceTotals);
        TotalsComparison droolsAgree = TotalsComparison.of(engineTotals, droolsTotals);
        for (int i = 0; i < options.warmupRounds(); i++) {
            engineRound(cases);
            droolsRound(cases);
            referenceRound(cases);
        }
        List<Timing> engine = new ArrayList<>();
        List<Timing> drools = new ArrayList<>();
        List<Timing> reference = new ArrayList<>();
        for (int i = 0; i < options.rounds(); i++) {
            engine.add(engineRound(cases));
            drools.add(droolsRound(cases));
            reference.add(referenceRound(cases));
        }
        return new Result(portfolio, leftOut, totals, median(engine), median(reference), options, median(drools),
                droolsAgree);
    }

    private static Settlement engine(PreparedContract p, List<Measurement> measurements) {
        return p.settle(measurements, p.contract().lastYear(), null);
    }

    private static YearTotals reference(PreparedContract p, List<Measurement> measurements) {
        return ReferenceSettlement.of(p.contract()).settle(measurements, p.contract().lastYear());
    }

    /** Something each round computes from its results, so that no work can be skipped. */
    private static volatile long sink;

    private static Timing engineRound(List<Case> cases) {
        return timed(() -> {
            long lines = 0;
            for (Case c : cases) {
                lines += engine(c.prepared(), c.measurements()).lines().size();
            }
            sink += lines;
        });
    }

    private static Timing droolsRound(List<Case> cases) {
        return timed(() -> {
            long years = 0;
            for (Case c : cases) {
                years += c.drools().settle().byYear().size();
            }
            sink += years;
        });
    }

    private static Timing referenceRound(List<Case> cases) {
        return timed(() -> {
            long years = 0;
            for (Case c : cases) {
                years += reference(c.prepared(), c.measurements()).byYear().size();
            }
            sink += years;
        });
    }

    /**
     * A round lasts at least this long: a path that settles the sample faster settles it again, and its
     * time is divided by the passes, so the clocks' resolution and a stray pause weigh alike on both.
     */
    static final long MIN_ROUND_NANOS = 200_000_000L;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** One pass over the sample, repeated until the round is long enough: the time of one pass. */
    private static Timing timed(Runnable pass) {
        long thread = THREADS.getCurrentThreadCpuTime();
        long cpu = Benchmark.processCpu();
        long wall = System.nanoTime();
        int passes = 0;
        do {
            pass.run();
            passes++;
        } while (System.nanoTime() - wall < MIN_ROUND_NANOS);
        return new Timing((System.nanoTime() - wall) / passes, (Benchmark.processCpu() - cpu) / passes,
                (THREADS.getCurrentThreadCpuTime() - thread) / passes);
    }

    /** The round with the median CPU time. */
    private static Timing median(List<Timing> rounds) {
        Timing[] sorted = rounds.toArray(Timing[]::new);
        Arrays.sort(sorted, java.util.Comparator.comparingLong(Timing::cpuNanos));
        return sorted[sorted.length / 2];
    }
}

package se.utfall.ledger;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import se.utfall.concurrent.InParallel;
import se.utfall.text.SafeText;
import se.utfall.decision.Settlement;
import se.utfall.report.Amounts;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;
import se.utfall.problem.Locations;
import se.utfall.problem.Problem;

/**
 * Settles every contract under a folder into the ledger, a few at a time. Each contract is its own
 * transaction: one that fails is reported and skipped, and the others are settled and committed. A
 * contract whose rules run away is stopped by its settlement budget and fails like any other.
 */
public final class Portfolio {
    /**
     * One contract's result: the run (totals and payments, no decision lines) and its money per flow,
     * or why it failed.
     */
    public record Outcome(Path folder, String contract, RunOutcome run, List<String> problems, List<FlowTotal> flows) {
        public Outcome(Path folder, String contract, RunOutcome run, List<String> problems) {
            this(folder, contract, run, problems, List.of());
        }

        public boolean failed() {
            return run == null;
        }
    }

    /**
     * A contract's money in one flow (payer → payee) over the years settled: financing and outcome
     * payments flow in opposite directions and are never added together.
     */
    public record FlowTotal(String payer, String payee, String currency, BigDecimal decided, BigDecimal alreadyPaid,
                            BigDecimal dueNow) {
        static List<FlowTotal> of(RunOutcome run) {
            int decimals = run.settlement().contract().decimals();
            java.util.Map<String, BigDecimal[]> flows = new java.util.LinkedHashMap<>();
            java.util.Map<String, String[]> names = new java.util.HashMap<>();
            for (NetPayment n : NetPayment.of(run)) {
                String key = n.flow().payer() + "\u0000" + n.flow().payee();
                names.put(key, new String[] {n.flow().payer(), n.flow().payee()});
                BigDecimal[] f = flows.computeIfAbsent(key,
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                f[0] = f[0].add(n.decided());
                f[1] = f[1].add(n.paidBefore());
                f[2] = f[2].add(n.due());
            }
            List<FlowTotal> out = new ArrayList<>();
            flows.forEach((k, f) -> out.add(new FlowTotal(names.get(k)[0], names.get(k)[1],
                    run.settlement().contract().currency(), f[0].setScale(decimals), f[1].setScale(decimals),
                    f[2].setScale(decimals))));
            return List.copyOf(out);
        }
    }

    /** All outcomes, sorted by contract, and how long it took. */
    public record Result(List<Outcome> outcomes, long nanos) {
        public long failures() {
            return outcomes.stream().filter(Outcome::failed).count();
        }
    }

    private Portfolio() {
    }

    /**
     * Every folder with a contract.yaml under root (at any depth), sorted by path, never one under a
     * tests/ folder (see {@link PortfolioSelection#discover}).
     */
    public static List<Path> discover(Path root) {
        return PortfolioSelection.discover(root, List.of());
    }

    public static Result settle(Ledger ledger, ClauseLibrary library, Path root, List<Path> folders, Integer year,
                                PortfolioMeasurements measurements, int threads, Progress progress) {
        return settle(ledger, library, root, folders, year, measurements, threads, progress, RunBy.here(), true);
    }

    /**
     * @param by    who runs it, recorded with every run
     * @param signs whether a contract not yet signed is signed by its run (settle-all --sign-new)
     */
    public static Result settle(Ledger ledger, ClauseLibrary library, Path root, List<Path> folders, Integer year,
                                PortfolioMeasurements measurements, int threads, Progress progress, RunBy by,
                                boolean signs) {
        long start = System.nanoTime();
        // One --year for a whole portfolio: a contract that ended before it is settled up to its last year.
        LedgerSettler settler = new LedgerSettler(ledger, library, by, signs).endingWithinPeriod();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Outcome> outcomes = new ArrayList<>(InParallel.map(folders, threads, folder -> {
            Outcome o = one(settler, root, folder, year, measurements);
            if (o.failed()) {
                failed.incrementAndGet();
            }
            progress.update(done.incrementAndGet(), folders.size(), failed.get(), System.nanoTime() - start);
            return o;
        }));
        progress.finish();
        outcomes.sort(Comparator.comparing(Outcome::contract).thenComparing(o -> o.folder().toString()));
        return new Result(List.copyOf(outcomes), System.nanoTime() - start);
    }

    private static Outcome one(LedgerSettler settler, Path root, Path folder, Integer year,
                               PortfolioMeasurements measurements) {
        // A contract that cannot be read has no id: it is named by its folder below the portfolio.
        String shown = root.relativize(folder).toString().replace('\\', '/');
        try {
            RunOutcome run = settler.settle(folder, measurements.forContract(folder), year, false);
            // The summary needs the totals, not the decision lines and fired rules: keeping those for
            // every contract until the end made the heap grow with the portfolio.
            Settlement s = run.settlement();
            RunOutcome kept = new RunOutcome(new Settlement(s.contract(), s.asOfYear(), List.of(), List.of()),
                    run.runId(), run.dryRun(), run.notice(), run.terms(), run.years(), run.payments(),
                    run.check());
            return new Outcome(folder, s.contract().id(), kept, List.of(), FlowTotal.of(run));
        } catch (BadInput bad) {
            return new Outcome(folder, shown, null, bad.problems().stream().map(Problem::render).toList());
        } catch (RuntimeException | Error e) {
            // An Error too (a parser's StackOverflowError on absurd input): it fails this contract, not the run.
            // A runaway rule never gets here: its settlement is stopped and reported as BadInput above.
            return new Outcome(folder, shown, null, List.of(Locations.display(folder) + ": internal error: " + e
                    + " (set UTFALL_DEBUG=1 and settle this contract alone for the trace)"));
        }
    }

    /**
     * The summary for machines: one entry per contract, sorted, amounts exact. No total across
     * contracts: their currencies and flows differ (finance sums them with ./utfall export).
     */
    public static java.util.Map<String, Object> json(Result r) {
        List<Object> contracts = new ArrayList<>();
        for (Outcome o : r.outcomes()) {
            java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("contract", o.contract());
            m.put("ok", !o.failed());
            if (o.failed()) {
                m.put("problems", o.problems());
            } else {
                RunOutcome run = o.run();
                se.utfall.contract.Contract c = run.settlement().contract();
                m.put("run", run.runId());
                m.put("asOfYear", run.settlement().asOfYear());
                m.put("currency", c.currency());
                // Per flow (payer → payee): an investor's financing is never added to the payments it receives.
                List<Object> list = new ArrayList<>();
                for (FlowTotal f : o.flows()) {
                    java.util.Map<String, Object> x = new java.util.LinkedHashMap<>();
                    x.put("payer", f.payer());
                    x.put("payee", f.payee());
                    x.put("decided", Amounts.plain(f.decided(), c));
                    x.put("alreadyPaid", Amounts.plain(f.alreadyPaid(), c));
                    x.put("dueNow", Amounts.plain(f.dueNow(), c));
                    list.add(x);
                }
                m.put("flows", list);
                m.put("adjustments", run.payments().stream().filter(p -> p.kind().equals(Payment.ADJUSTMENT)).count());
                m.put("signedNow", run.notice() != null);
            }
            contracts.add(m);
        }
        java.util.Map<String, Object> root = new java.util.LinkedHashMap<>();
        root.put("command", "settle-all");
        root.put("contracts", contracts);
        root.put("failed", r.failures());
        return root;
    }

    /**
     * The summary table: one row per contract and flow of money (payer → payee), sorted, then the
     * totals per flow and currency. Money flowing in opposite directions (an investor's financing and
     * the outcome payments it receives) is never added together.
     */
    public static String summary(Result r) {
        StringBuilder out = new StringBuilder();
        String row = "%-28s %4s %-46s %14s %14s %14s  %s%n";
        out.append(String.format(row, "contract", "run", "flow", "decided", "already paid", "due now", "result"));
        java.util.Map<String, BigDecimal[]> totals = new java.util.TreeMap<>();
        for (Outcome o : r.outcomes()) {
            if (o.failed()) {
                out.append(String.format(row, SafeText.line(o.contract()), "", "", "", "", "", "FAILED: "
                        + SafeText.line(o.problems().get(0))));
                continue;
            }
            RunOutcome run = o.run();
            long adjustments = run.payments().stream().filter(p -> p.kind().equals(Payment.ADJUSTMENT)).count();
            String result = (run.unchanged() ? "nothing new" : "ok") + ", up to " + run.settlement().asOfYear()
                    + (adjustments > 0 ? ", " + adjustments + " adjustment" + (adjustments == 1 ? "" : "s") : "")
                    + (run.notice() != null ? ", signed now" : "");
            if (o.flows().isEmpty()) {
                out.append(String.format(row, SafeText.line(o.contract()), run.runId(), "", "", "", "", result));
            }
            boolean first = true;
            for (FlowTotal f : o.flows()) {
                String flow = f.payer() + " → " + f.payee();
                out.append(String.format(row, first ? SafeText.line(o.contract()) : "", first ? run.runId() : "",
                        SafeText.line(flow), Amounts.human(f.decided()), Amounts.human(f.alreadyPaid()),
                        Amounts.human(f.dueNow()), first ? result : ""));
                first = false;
                BigDecimal[] t = totals.computeIfAbsent(flow + " (" + f.currency() + ")",
                        k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                t[0] = t[0].add(f.decided());
                t[1] = t[1].add(f.alreadyPaid());
                t[2] = t[2].add(f.dueNow());
            }
        }
        out.append(String.format("%nTotals per flow (" + r.outcomes().size() + " contracts, " + r.failures()
                + " failed)%n"));
        totals.forEach((flow, t) -> out.append(String.format(row, "", "", SafeText.line(flow), Amounts.human(t[0]),
                Amounts.human(t[1]), Amounts.human(t[2]), "")));
        return out.toString();
    }

    /** Progress of a portfolio run. */
    public interface Progress {
        void update(int done, int total, int failed, long nanos);

        void finish();

        Progress NONE = new Progress() {
            @Override
            public void update(int done, int total, int failed, long nanos) {
            }

            @Override
            public void finish() {
            }
        };

        /** A bar redrawn in place on a terminal, at most ten times a second. */
        static Progress bar(PrintWriter err) {
            return new Progress() {
                private long lastDrawn;

                @Override
                public synchronized void update(int done, int total, int failed, long nanos) {
                    if (done < total && nanos - lastDrawn < 100_000_000L) {
                        return;
                    }
                    lastDrawn = nanos;
                    int width = 30;
                    int filled = total == 0 ? width : done * width / total;
                    double perSecond = done / Math.max(nanos / 1e9, 1e-3);
                    err.print(String.format("\r[%s%s] %d/%d contracts · %d failed · %.0f/s ", "#".repeat(filled),
                            ".".repeat(width - filled), done, total, failed, perSecond));
                    err.flush();
                }

                @Override
                public synchronized void finish() {
                    err.print("\r" + " ".repeat(79) + "\r");
                    err.flush();
                }
            };
        }
    }
}

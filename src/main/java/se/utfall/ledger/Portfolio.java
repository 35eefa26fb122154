package se.utfall.ledger;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import se.utfall.text.SafeText;
import se.utfall.contract.Contract;
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
    /** One contract's result: the run (totals and payments, no decision lines), or why it failed. */
    public record Outcome(Path folder, String contract, RunOutcome run, List<String> problems) {
        public boolean failed() {
            return run == null;
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

    /** Every folder with a contract.yaml under root (at any depth), sorted by path. */
    public static List<Path> discover(Path root) {
        if (!Files.isDirectory(root)) {
            throw BadInput.of(root, 0, "is not a folder; settle-all takes a folder of contract folders.");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().equals(Contract.FILE))
                    .map(Path::getParent).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw BadInput.of(root, 0, "cannot be listed: " + e.getMessage());
        }
    }

    public static Result settle(Ledger ledger, ClauseLibrary library, Path root, List<Path> folders, Integer year,
                                PortfolioMeasurements measurements, int threads, Progress progress) {
        long start = System.nanoTime();
        LedgerSettler settler = new LedgerSettler(ledger, library);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path folder : folders) {
                futures.add(pool.submit(() -> {
                    Outcome o = one(settler, root, folder, year, measurements);
                    if (o.failed()) {
                        failed.incrementAndGet();
                    }
                    progress.update(done.incrementAndGet(), folders.size(), failed.get(), System.nanoTime() - start);
                    return o;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            progress.finish();
            outcomes.sort(Comparator.comparing(Outcome::contract).thenComparing(o -> o.folder().toString()));
            return new Result(List.copyOf(outcomes), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
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
                    run.runId(), run.dryRun(), run.notice(), run.terms(), run.years(), run.payments());
            return new Outcome(folder, s.contract().id(), kept, List.of());
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
                Contract c = run.settlement().contract();
                m.put("run", run.runId());
                m.put("asOfYear", run.settlement().asOfYear());
                m.put("currency", c.currency());
                // Per flow (payer → payee): an investor's financing is never added to the payments it receives.
                java.util.Map<String, BigDecimal[]> flows = new java.util.LinkedHashMap<>();
                for (NetPayment n : NetPayment.of(run)) {
                    BigDecimal[] f = flows.computeIfAbsent(n.flow().payer() + " → " + n.flow().payee(),
                            k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                    f[0] = f[0].add(n.decided());
                    f[1] = f[1].add(n.paidBefore());
                    f[2] = f[2].add(n.due());
                }
                List<Object> list = new ArrayList<>();
                flows.forEach((flow, f) -> {
                    java.util.Map<String, Object> x = new java.util.LinkedHashMap<>();
                    x.put("payer", flow.substring(0, flow.indexOf(" → ")));
                    x.put("payee", flow.substring(flow.indexOf(" → ") + 3));
                    x.put("decided", Amounts.plain(f[0].setScale(c.decimals()), c));
                    x.put("alreadyPaid", Amounts.plain(f[1].setScale(c.decimals()), c));
                    x.put("dueNow", Amounts.plain(f[2].setScale(c.decimals()), c));
                    list.add(x);
                });
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

    /** The summary table: one row per contract, sorted, with totals. */
    public static String summary(Result r) {
        StringBuilder out = new StringBuilder();
        String row = "%-36s %6s %16s %16s %16s  %s%n";
        out.append(String.format(row, "contract", "run", "decided", "already paid", "due now", "result"));
        BigDecimal decided = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal due = BigDecimal.ZERO;
        for (Outcome o : r.outcomes()) {
            if (o.failed()) {
                out.append(String.format(row, SafeText.line(o.contract()), "", "", "", "", "FAILED: "
                        + SafeText.line(o.problems().get(0))));
                continue;
            }
            RunOutcome run = o.run();
            decided = decided.add(run.decided());
            paid = paid.add(run.paidBefore());
            due = due.add(run.dueNow());
            long adjustments = run.payments().stream().filter(p -> p.kind().equals(Payment.ADJUSTMENT)).count();
            String result = "ok, up to " + run.settlement().asOfYear()
                    + (adjustments > 0 ? ", " + adjustments + " adjustment" + (adjustments == 1 ? "" : "s") : "")
                    + (run.notice() != null ? ", signed now" : "");
            out.append(String.format(row, SafeText.line(o.contract()), run.runId(), Amounts.human(run.decided()),
                    Amounts.human(run.paidBefore()), Amounts.human(run.dueNow()), result));
        }
        out.append(String.format(row, "Total (" + r.outcomes().size() + " contracts, " + r.failures() + " failed)", "",
                Amounts.human(decided), Amounts.human(paid), Amounts.human(due), ""));
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

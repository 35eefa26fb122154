package se.utfall.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.utfall.ledger.Ledger;
import se.utfall.ledger.Portfolio;
import se.utfall.ledger.PortfolioMeasurements;
import se.utfall.ledger.Signing;
import se.utfall.library.ClauseLibrary;

/**
 * Settles a portfolio end to end into a ledger with settle-all's own code ({@link Portfolio#settle}).
 * Every contract is signed first; then, {@code yearly}, `settle-all --year YEAR` runs for each year
 * the way a municipality's years go, so every contract-year is its own transaction that decides
 * the years so far and pays the difference to what was paid before; otherwise one settle-all of
 * the whole period (one transaction per contract, as when a portfolio is taken over). Measures
 * contract-years per second, CPU time and the peak heap.
 */
public final class Benchmark {
    /** What a run measured; {@code failures} lists the first messages of contracts that failed. */
    public record Result(int contracts, long contractYears, long wallNanos, long signNanos, long cpuNanos,
                         long peakHeapBytes, long gcMillis, int threads, List<String> failures, List<Run> runs,
                         long signReadNanos, long ledgerWriteNanos, long gcCount) {
        public double contractYearsPerSecond() {
            return contractYears / (wallNanos / 1e9);
        }
    }

    /**
     * One settle-all: the year it settles up to, how many years each settlement recomputes, its wall
     * and process CPU time.
     */
    public record Run(int year, int yearsRecomputed, long wallNanos, long cpuNanos) {
    }

    private Benchmark() {
    }

    public static Result run(Path root, List<Path> contracts, ClauseLibrary library, Ledger ledger, int firstYear,
                             int lastYear, int threads, boolean yearly) throws InterruptedException {
        resetPeaks();
        long gcBefore = gcMillis();
        long gcCountBefore = gcCount();
        long ledgerBefore = ledger.writeNanos();
        long cpuBefore = processCpu();
        long start = System.nanoTime();
        // What `./utfall sign` does for every contract, the whole portfolio in one transaction: read
        // and compile (each distinct rule set once), hash, then check and record.
        Signing signing = new Signing(ledger, library);
        Signing.Prepared prepared = signing.prepareAll(contracts, threads);
        long read = System.nanoTime();
        signing.signAll(prepared, "signerat för prestandamätning");
        long signed = System.nanoTime();
        long contractYears = 0;
        List<String> failures = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        PortfolioMeasurements measurements = PortfolioMeasurements.of(null);
        for (int year = yearly ? firstYear : lastYear; year <= lastYear; year++) {
            long runStart = System.nanoTime();
            long runCpu = processCpu();
            Portfolio.Result r = Portfolio.settle(ledger, library, root, contracts, year, measurements, threads,
                    Portfolio.Progress.NONE);
            runs.add(new Run(year, year - firstYear + 1, System.nanoTime() - runStart, processCpu() - runCpu));
            for (Portfolio.Outcome o : r.outcomes()) {
                if (o.failed()) {
                    failures.add(year + " " + o.contract() + ": " + o.problems().get(0));
                } else {
                    contractYears += yearly ? 1 : year - firstYear + 1;
                }
            }
        }
        long wall = System.nanoTime() - start;
        return new Result(contracts.size(), contractYears, wall, signed - start, processCpu() - cpuBefore,
                peakHeap(), gcMillis() - gcBefore, threads, List.copyOf(failures), List.copyOf(runs),
                read - start, ledger.writeNanos() - ledgerBefore, gcCount() - gcCountBefore);
    }

    /**
     * The process's CPU time: on a shared machine wall time also measures the other processes, CPU
     * time measures this one.
     */
    public static long processCpu() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap in use at any one moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}

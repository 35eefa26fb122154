package se.utfall.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
                         long peakHeapBytes, long gcMillis, int threads, List<String> failures) {
        public double contractYearsPerSecond() {
            return contractYears / (wallNanos / 1e9);
        }
    }

    private Benchmark() {
    }

    public static Result run(Path root, List<Path> contracts, ClauseLibrary library, Ledger ledger, int firstYear,
                             int lastYear, int threads, boolean yearly) throws InterruptedException {
        resetPeaks();
        long gcBefore = gcMillis();
        long cpuBefore = processCpu();
        long start = System.nanoTime();
        sign(contracts, library, ledger, threads);
        long signed = System.nanoTime();
        long contractYears = 0;
        List<String> failures = new ArrayList<>();
        PortfolioMeasurements measurements = PortfolioMeasurements.of(null);
        for (int year = yearly ? firstYear : lastYear; year <= lastYear; year++) {
            Portfolio.Result r = Portfolio.settle(ledger, library, root, contracts, year, measurements, threads,
                    Portfolio.Progress.NONE);
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
                peakHeap(), gcMillis() - gcBefore, threads, List.copyOf(failures));
    }

    /** What `./utfall sign` does, for every contract: pins its files before the first settlement. */
    private static void sign(List<Path> contracts, ClauseLibrary library, Ledger ledger, int threads)
            throws InterruptedException {
        Signing signing = new Signing(ledger, library);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path contract : contracts) {
                futures.add(pool.submit(() -> signing.sign(contract, "signerat för prestandamätning")));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a contract could not be signed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
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

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }
}

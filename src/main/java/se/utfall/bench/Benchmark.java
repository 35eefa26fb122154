package se.utfall.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import se.utfall.decision.Settlement;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;

/**
 * Settles every contract of a portfolio in this process with a thread pool, the way settle-all
 * will, and measures it: contract-years per second, time spent preparing (reading contracts and
 * compiling rule sets) and settling as CPU time, and the peak heap.
 */
public final class Benchmark {
    /** What a run measured. */
    public record Result(int contracts, long contractYears, long lines, long wallNanos, long prepareNanos,
                         long settleNanos, long sinkNanos, long peakHeapBytes, long gcMillis, int threads) {
        public double contractYearsPerSecond() {
            return contractYears / (wallNanos / 1e9);
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private Benchmark() {
    }

    public static Result run(List<Path> contracts, ClauseLibrary library, int threads, SettledContractSink sink)
            throws InterruptedException {
        resetPeaks();
        long gcBefore = gcMillis();
        AtomicLong prepare = new AtomicLong();
        AtomicLong settle = new AtomicLong();
        AtomicLong sinkTime = new AtomicLong();
        AtomicLong contractYears = new AtomicLong();
        AtomicLong lines = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Path contract : contracts) {
                futures.add(pool.submit(() -> {
                    long t0 = cpu();
                    PreparedContract prepared = PreparedContract.prepare(contract, library);
                    List<Measurement> rows = prepared.measurements(null);
                    long t1 = cpu();
                    Settlement s = prepared.settle(rows, prepared.contract().lastYear());
                    long t2 = cpu();
                    sink.accept(s);
                    long t3 = cpu();
                    prepare.addAndGet(t1 - t0);
                    settle.addAndGet(t2 - t1);
                    sinkTime.addAndGet(t3 - t2);
                    contractYears.addAndGet(s.years().size());
                    lines.addAndGet(s.lines().size());
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a contract failed to settle: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        return new Result(contracts.size(), contractYears.get(), lines.get(), wall, prepare.get(), settle.get(),
                sinkTime.get(), peakHeap(), gcMillis() - gcBefore, threads);
    }

    /**
     * This thread's CPU time: on a shared machine wall time per step mostly measures the other
     * processes, CPU time measures the step.
     */
    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
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

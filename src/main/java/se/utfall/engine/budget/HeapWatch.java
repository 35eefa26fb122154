package se.utfall.engine.budget;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stops the settlement that fills the heap before the whole process is starved. A rule that grows a
 * list without end would otherwise slow every other contract in a portfolio run to a crawl (the
 * collector running all the time) long before an OutOfMemoryError. When the old generation stays above
 * the limit even after a full collection, the supervised thread that allocated most since it started
 * is the one stopped. The shipped contracts use a few percent of the heap, far below the limit.
 */
final class HeapWatch {
    /** Share of the old generation that live data may fill before the biggest allocator is stopped. */
    static final double LIMIT_SHARE = 0.80;
    private static final long MIN_GC_INTERVAL_NANOS = 1_000_000_000L;

    private static final MemoryPoolMXBean OLD = oldGeneration();
    private static final com.sun.management.ThreadMXBean THREADS = threads();
    private static final Set<Watched> RUNNING = ConcurrentHashMap.newKeySet();
    private static volatile long limit = defaultLimit();
    private static long lastCollection;

    private HeapWatch() {
    }

    /**
     * One piece of work on a worker thread: what the thread allocated since the work started is what
     * the work allocated (a worker runs one piece after another). Compared by identity, so the next
     * piece on the same thread is watched on its own.
     */
    static final class Watched {
        private final Thread thread;
        private final long baseline;

        private Watched(Thread thread) {
            this.thread = thread;
            this.baseline = allocated(thread);
        }

        long allocatedSinceStart() {
            return Math.max(allocated(thread) - baseline, 0);
        }
    }

    static Watched started(Thread t) {
        Watched w = new Watched(t);
        RUNNING.add(w);
        return w;
    }

    static void finished(Watched w) {
        RUNNING.remove(w);
    }

    /** For tests: a low limit in bytes of live old-generation data; a non-positive value restores the default. */
    static void limit(long bytes) {
        limit = bytes > 0 ? bytes : defaultLimit();
    }

    static boolean shouldStop(Watched t) {
        if (OLD == null || !overLimit()) {
            return false;
        }
        Watched biggest = null;
        long most = -1;
        for (Watched running : RUNNING) {
            long allocated = running.allocatedSinceStart();
            if (allocated > most) {
                most = allocated;
                biggest = running;
            }
        }
        return biggest == t;
    }

    private static synchronized boolean overLimit() {
        if (OLD.getUsage().getUsed() < limit) {
            return false;
        }
        // Garbage counts too until it is collected: only live data that outlasts a full collection is a leak.
        long now = System.nanoTime();
        if (now - lastCollection > MIN_GC_INTERVAL_NANOS) {
            System.gc();
            lastCollection = System.nanoTime();
        }
        var after = OLD.getCollectionUsage();
        return after != null && after.getUsed() >= limit;
    }

    private static long allocated(Thread t) {
        if (THREADS == null) {
            return 0;
        }
        long bytes = THREADS.getThreadAllocatedBytes(t.getId());
        return Math.max(bytes, 0);
    }

    private static long defaultLimit() {
        long max = OLD == null ? -1 : OLD.getUsage().getMax();
        if (max <= 0) {
            max = Runtime.getRuntime().maxMemory();
        }
        return (long) (max * LIMIT_SHARE);
    }

    private static MemoryPoolMXBean oldGeneration() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            String name = pool.getName();
            if (pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    && (name.contains("Old") || name.contains("Tenured"))) {
                return pool;
            }
        }
        return null;
    }

    private static com.sun.management.ThreadMXBean threads() {
        try {
            return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported() ? t : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}

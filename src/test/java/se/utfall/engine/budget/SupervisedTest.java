package se.utfall.engine.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import se.utfall.engine.PreparedContract;
import se.utfall.library.ClauseLibrary;
import se.utfall.problem.BadInput;

class SupervisedTest {
    private static final Supervised.OnStop STOPPED = stop -> new IllegalStateException(stop.reason() + " " + stop.died());

    @Test
    void workThatEndsInTimeGivesItsResultAndItsOwnException() {
        assertEquals("done", Supervised.run("test", Duration.ofSeconds(5), () -> "done", STOPPED));
        IllegalArgumentException thrown = new IllegalArgumentException("bad");
        assertSame(thrown, assertThrows(IllegalArgumentException.class,
                () -> Supervised.run("test", Duration.ofSeconds(5), () -> {
                    throw thrown;
                }, STOPPED)));
    }

    /**
     * A worker whose work ended cleanly runs the next piece (a thread per settlement cost more than a
     * small settlement); one whose work failed or was stopped never runs anything again.
     */
    @Test
    void aWorkerIsReusedAfterCleanWorkAndNeverAfterAFailureOrAStop() {
        Thread first = Supervised.run("test", Duration.ofSeconds(5), Thread::currentThread, STOPPED);
        Thread second = Supervised.run("test", Duration.ofSeconds(5), Thread::currentThread, STOPPED);
        assertSame(first, second);
        assertTrue(second.isDaemon());
        AtomicReference<Thread> failed = new AtomicReference<>();
        assertThrows(IllegalArgumentException.class, () -> Supervised.run("test", Duration.ofSeconds(5), () -> {
            failed.set(Thread.currentThread());
            throw new IllegalArgumentException("bad");
        }, STOPPED));
        AtomicReference<Thread> stopped = new AtomicReference<>();
        assertEquals("TIME true", assertThrows(IllegalStateException.class,
                () -> Supervised.run("slow", Duration.ofMillis(200), () -> {
                    stopped.set(Thread.currentThread());
                    while (true) {
                        Thread.onSpinWait();
                    }
                }, STOPPED)).getMessage());
        for (int i = 0; i < 20; i++) {
            Thread next = Supervised.run("test", Duration.ofSeconds(5), Thread::currentThread, STOPPED);
            assertTrue(next != failed.get() && next != stopped.get(), "a failed or stopped worker ran again");
        }
        assertFalse(stopped.get().isAlive());
    }

    /** Each caller has a worker of its own: two callers never queue work on one thread (a portfolio's threads). */
    @Test
    void twoCallersNeverShareAWorker() throws Exception {
        java.util.concurrent.CyclicBarrier both = new java.util.concurrent.CyclicBarrier(2);
        AtomicReference<Thread> other = new AtomicReference<>();
        Thread caller = new Thread(() -> other.set(Supervised.run("a", Duration.ofSeconds(10), () -> {
            both.await();
            return Thread.currentThread();
        }, STOPPED)));
        caller.start();
        Thread mine = Supervised.run("b", Duration.ofSeconds(10), () -> {
            both.await();
            return Thread.currentThread();
        }, STOPPED);
        caller.join(10_000);
        assertTrue(other.get() != null && other.get() != mine);
    }

    /**
     * Code that swallows every stop in a catch-all loop cannot be ended; the caller still gets its answer
     * shortly after the budget and the grace, and is told the thread did not die.
     */
    @Test
    void aThreadThatRefusesToDieIsReportedAndTheCallerGoesOn() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        AtomicReference<Thread> worker = new AtomicReference<>();
        long start = System.nanoTime();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Supervised.run("stubborn", Duration.ofMillis(300), () -> {
                    worker.set(Thread.currentThread());
                    while (!release.get()) {
                        try {
                            while (!release.get()) {
                                Thread.onSpinWait();
                            }
                        } catch (Throwable swallowed) {
                            // the stop, swallowed
                        }
                    }
                    return null;
                }, STOPPED));
        long millis = (System.nanoTime() - start) / 1_000_000;
        try {
            assertEquals("TIME false", e.getMessage());
            assertTrue(millis < 300 + Supervised.GRACE.toMillis() + 1500, millis + " ms");
            assertTrue(worker.get().isAlive() && worker.get().isDaemon());
        } finally {
            release.set(true);
            worker.get().join(5000);
        }
        assertFalse(worker.get().isAlive());
    }

    /**
     * A rule that grows a list slowly would take the heap (and every other contract) down long before its
     * time runs out; the heap watch stops it first, naming the rule.
     */
    @Test
    void aRuleThatFillsTheHeapIsStoppedBeforeItsTimeIsUp() {
        Path folder = Path.of("src/test/resources/budget");
        PreparedContract p = PreparedContract.prepare(folder.resolve("growth"), ClauseLibrary.load(folder.resolve("lib")));
        var rows = p.measurements(null);
        Duration before = Budget.settlement();
        var old = java.lang.management.ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == java.lang.management.MemoryType.HEAP
                        && (m.getName().contains("Old") || m.getName().contains("Tenured"))).findFirst().orElseThrow();
        Budget.setSettlement(Duration.ofSeconds(60));
        HeapWatch.limit(old.getUsage().getUsed() + 128L * 1024 * 1024);
        long start = System.nanoTime();
        try {
            BadInput stopped = assertThrows(BadInput.class, () -> p.settle(rows, 2026));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(stopped.getMessage().contains("runaway-growth.drl:8: contract runaway-growth: settlement stopped,"
                    + " it exhausted memory, while rule \"Grow a list\" was running"), stopped.getMessage());
            assertTrue(seconds < 30, seconds + " s");
        } finally {
            HeapWatch.limit(0);
            Budget.setSettlement(before);
        }
    }
}

package se.utfall.engine.budget;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs one piece of rule work (a settlement, a compile) on a worker thread of its own and stops it when
 * it outruns its budget, exhausts memory or the stack. Rule code cannot be trusted to return, and Java
 * has no other way to end code that never looks at an interrupt than {@code Thread.stop}, which Java 17
 * still has. The stopped work's session and results are dropped by the caller: nothing half-done is used.
 */
public final class Supervised {
    /** Why a run was stopped. */
    public enum Reason { TIME, MEMORY, STACK }

    /**
     * Why and where a run was stopped: the worker's stack when it was stopped (or of the Error it threw),
     * the Error if there was one, and whether the thread really ended (code that swallows the stop in a
     * catch-all loop does not; it is left running as a daemon so the command still ends).
     */
    public record Stop(Reason reason, Duration budget, StackTraceElement[] stack, Throwable error, boolean died) {
    }

    /** Turns a stop into the exception the caller throws (a message naming the contract and the rule). */
    public interface OnStop {
        RuntimeException explain(Stop stop);
    }

    /** How long a stopped thread is given to end before it is reported as refusing to. */
    static final Duration GRACE = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 100;

    private Supervised() {
    }

    public static <T> T run(String name, Duration budget, Callable<T> work, OnStop onStop) {
        Worker<T> worker = new Worker<>(work);
        Thread thread = new Thread(null, worker, "utfall " + name, 0);
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        HeapWatch.started(thread);
        thread.start();
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw onStop.explain(stop(thread, Reason.TIME, budget));
                }
                if (worker.done.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)), TimeUnit.NANOSECONDS)) {
                    break;
                }
                if (HeapWatch.shouldStop(thread)) {
                    throw onStop.explain(stop(thread, Reason.MEMORY, budget));
                }
            }
        } catch (InterruptedException e) {
            // The caller is being shut down (a portfolio run that ends): the work must not outlive it.
            stop(thread, Reason.TIME, budget);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name);
        } finally {
            HeapWatch.finished(thread);
        }
        Throwable failure = worker.failure;
        if (failure == null) {
            return worker.result;
        }
        VirtualMachineError exhausted = exhausted(failure);
        if (exhausted != null) {
            return throwIt(onStop.explain(new Stop(exhausted instanceof StackOverflowError ? Reason.STACK
                    : Reason.MEMORY, budget, exhausted.getStackTrace(), exhausted, true)));
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(failure);
    }

    private static <T> T throwIt(RuntimeException e) {
        throw e;
    }

    /** The OutOfMemoryError or StackOverflowError behind a failure (Drools may wrap it), or null. */
    static VirtualMachineError exhausted(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
                return (VirtualMachineError) t;
            }
        }
        return null;
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static Stop stop(Thread thread, Reason reason, Duration budget) {
        StackTraceElement[] stack = thread.getStackTrace();
        thread.stop();
        long giveUp = System.nanoTime() + GRACE.toNanos();
        long again = System.nanoTime() + GRACE.toNanos() / 2;
        while (thread.isAlive() && System.nanoTime() < giveUp) {
            try {
                thread.join(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            // Once more only when the first stop was plainly swallowed (a catch-all loop). Not at once: the
            // stopped thread runs its finally blocks (disposing the session), and a second stop landing in a
            // class's static initialiser there would break that class for the rest of the process.
            if (thread.isAlive() && System.nanoTime() > again) {
                thread.stop();
                again = System.nanoTime() + GRACE.toNanos() / 4;
            }
        }
        if (thread.isAlive()) {
            thread.setPriority(Thread.MIN_PRIORITY);
        }
        return new Stop(reason, budget, stack, null, !thread.isAlive());
    }

    private static final class Worker<T> implements Runnable {
        private final Callable<T> work;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile T result;
        private volatile Throwable failure;

        Worker(Callable<T> work) {
            this.work = work;
        }

        @Override
        public void run() {
            try {
                result = work.call();
            } catch (Throwable t) {
                failure = t;
            } finally {
                done.countDown();
            }
        }
    }
}

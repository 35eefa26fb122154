package se.utfall.engine.budget;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs one piece of rule work (a settlement, a compile) on a worker thread and stops it when it outruns
 * its budget, exhausts memory or the stack. Workers are reused while their work ends cleanly (see
 * {@link Worker}); a stopped one never runs anything again. Rule code cannot be trusted to return, and Java
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
        Task<T> task = new Task<>(work, "utfall " + name, Thread.currentThread().getContextClassLoader());
        Worker worker = Worker.take();
        Thread thread = worker.thread;
        HeapWatch.Watched watched = HeapWatch.started(thread);
        worker.give(task);
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                // A worker that finished just now cannot be retired: its result stands.
                if (left <= 0 && worker.retire()) {
                    throw onStop.explain(stop(thread, Reason.TIME, budget));
                }
                if (left <= 0 || task.done.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)),
                        TimeUnit.NANOSECONDS)) {
                    break;
                }
                if (HeapWatch.shouldStop(watched) && worker.retire()) {
                    throw onStop.explain(stop(thread, Reason.MEMORY, budget));
                }
            }
            task.done.await();
        } catch (InterruptedException e) {
            // The caller is being shut down (a portfolio run that ends): the work must not outlive it.
            if (worker.retire()) {
                stop(thread, Reason.TIME, budget);
            }
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name);
        } finally {
            HeapWatch.finished(watched);
        }
        Throwable failure = task.failure;
        if (failure == null) {
            return task.result;
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

    /** One piece of work, its result or failure, and when it is done. */
    private static final class Task<T> {
        private final Callable<T> work;
        private final String name;
        private final ClassLoader loader;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile T result;
        private volatile Throwable failure;

        Task(Callable<T> work, String name, ClassLoader loader) {
            this.work = work;
            this.name = name;
            this.loader = loader;
        }

        void run() {
            Thread.currentThread().setName(name);
            Thread.currentThread().setContextClassLoader(loader);
            try {
                result = work.call();
            } catch (Throwable t) {
                failure = t;
            }
        }
    }

    /**
     * A daemon thread that runs one caller's tasks one after another. Starting a thread per settlement cost more than
     * many a settlement itself (a fresh stack and thread-local state each time: about half a millisecond
     * of CPU), so a worker that finished its work cleanly waits for the next one, for a while. A worker
     * whose work failed, or that was stopped, is retired: it never runs anything again, so nothing a
     * stopped or failed piece of rule work left behind reaches the next one.
     */
    private static final class Worker implements Runnable {
        private static final int BUSY = 0;
        private static final int IDLE = 1;
        private static final int RETIRED = 2;
        /** How long an idle worker waits for work before it ends. */
        private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(30);
        private static final ThreadLocal<Worker> MINE = new ThreadLocal<>();

        private final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger(BUSY);
        private final java.util.concurrent.BlockingQueue<Task<?>> inbox = new java.util.concurrent.LinkedBlockingQueue<>();
        private final Thread thread;

        private Worker() {
            thread = new Thread(null, this, "utfall worker", 0);
            thread.setDaemon(true);
        }

        /**
         * The calling thread's own worker when it is idle, now busy, or a new one that becomes the caller's
         * own: a worker serves one caller, so no two callers ever queue work on the same thread.
         */
        static Worker take() {
            Worker mine = MINE.get();
            if (mine != null && mine.state.compareAndSet(IDLE, BUSY)) {
                return mine;
            }
            Worker fresh = new Worker();
            fresh.thread.start();
            MINE.set(fresh);
            return fresh;
        }

        void give(Task<?> task) {
            inbox.add(task);
        }

        /** Marks a busy worker as never to be used again; false when its work has already finished. */
        boolean retire() {
            return state.compareAndSet(BUSY, RETIRED);
        }

        @Override
        public void run() {
            try {
                while (true) {
                    Task<?> task = inbox.poll(IDLE_NANOS, TimeUnit.NANOSECONDS);
                    if (task == null) {
                        if (state.compareAndSet(IDLE, RETIRED)) {
                            return;
                        }
                        continue;  // taken just now: its task is on the way
                    }
                    task.run();
                    // Idle before done: the caller's next run finds this worker instead of starting a thread.
                    boolean again = task.failure == null && state.compareAndSet(BUSY, IDLE);
                    task.done.countDown();
                    if (!again) {
                        return;
                    }
                }
            } catch (InterruptedException e) {
                state.set(RETIRED);
            }
        }
    }
}

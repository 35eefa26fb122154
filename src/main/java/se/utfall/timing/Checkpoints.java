package se.utfall.timing;

/**
 * Where a run's time goes, printed to stderr when {@code UTFALL_TIMING=1}: milliseconds since the
 * JVM started at each named step. Costs nothing when off.
 */
public final class Checkpoints {
    private static final boolean ON = "1".equals(System.getenv("UTFALL_TIMING"));

    private Checkpoints() {
    }

    public static void mark(String step) {
        if (ON) {
            long sinceStart = System.currentTimeMillis()
                    - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf("utfall timing: %6d ms  %s%n", sinceStart, step);
        }
    }
}

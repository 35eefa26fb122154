package se.utfall.engine.budget;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * How long one settlement, and one compile of a rule set, may run before it is stopped (DESIGN 9:
 * every settlement is bounded). The shipped contracts settle in well under a second each, and a cold
 * compile of the whole library in a few seconds, so the defaults leave a wide margin on a busy machine
 * while a rule that loops is stopped soon enough that a portfolio run goes on.
 */
public final class Budget {
    /** Default seconds for one settlement (all years of one contract up to the year asked). */
    public static final int DEFAULT_SETTLEMENT_SECONDS = 10;
    /** A compile is never given less than this: a cold build of a large library takes several seconds. */
    static final Duration MIN_COMPILE = Duration.ofSeconds(60);
    public static final String ENVIRONMENT = "UTFALL_TIME_BUDGET";

    private static volatile Duration settlement = Duration.ofSeconds(DEFAULT_SETTLEMENT_SECONDS);

    private Budget() {
    }

    /** The time one settlement may take. */
    public static Duration settlement() {
        return settlement;
    }

    /**
     * The time one compile may take. Drools evaluates code while it builds, so a build is budgeted too;
     * it scales with the settlement budget but never falls below {@link #MIN_COMPILE}.
     */
    public static Duration compile() {
        Duration scaled = settlement.multipliedBy(6);
        return scaled.compareTo(MIN_COMPILE) > 0 ? scaled : MIN_COMPILE;
    }

    public static void setSettlement(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a budget must be positive");
        }
        settlement = budget;
    }

    /** Sets the budget from UTFALL_TIME_BUDGET when it is there; returns what was wrong with it, if anything. */
    public static Optional<String> fromEnvironment(Map<String, String> environment) {
        String text = environment.get(ENVIRONMENT);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Duration> parsed = parse(text);
        if (parsed.isEmpty()) {
            return Optional.of(ENVIRONMENT + "=" + text.strip() + " is not a number of seconds; write e.g. "
                    + ENVIRONMENT + "=30 (the default is " + DEFAULT_SETTLEMENT_SECONDS + ").");
        }
        setSettlement(parsed.get());
        return Optional.empty();
    }

    /** Seconds, whole or decimal (0.5), above zero and at most a day; empty when the text is not that. */
    public static Optional<Duration> parse(String seconds) {
        if (!seconds.strip().matches("\\d{1,9}(\\.\\d{1,3})?")) {
            return Optional.empty();
        }
        try {
            BigDecimal s = new BigDecimal(seconds.strip());
            if (s.signum() <= 0 || s.compareTo(BigDecimal.valueOf(86_400)) > 0) {
                return Optional.empty();
            }
            long millis = s.movePointRight(3).setScale(0, java.math.RoundingMode.CEILING).longValueExact();
            return Optional.of(Duration.ofMillis(millis));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** "10 s", "1.5 s": how a budget is named in messages. */
    public static String shown(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }
}

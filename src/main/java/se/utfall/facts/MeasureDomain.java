package se.utfall.facts;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The values a measure can take, so a figure outside them is a typo caught at its line instead of
 * a payment: 860 % where 86 was meant, or −5 verified participants. The unit gives the domain
 * (see {@link #ofUnit}); {@code min:}/{@code max:} on the measure in contract.yaml replace its bounds.
 *
 * @param min      lowest allowed value, or null for none
 * @param max      highest allowed value, or null for none
 * @param whole    only whole numbers (counts, yes/no)
 * @param decimals most decimals a value may have
 * @param kind     what the unit measures, in words for messages ("a percentage")
 */
public record MeasureDomain(BigDecimal min, BigDecimal max, boolean whole, int decimals, String kind) {
    /** Units that count things: a whole number, never negative. */
    public static final Set<String> COUNTS = Set.of("personer", "platser", "utslag", "st", "antal", "deltagare",
            "utfall", "persons", "people", "places", "outcomes", "count");
    /** Units that are a share of a whole, 0–100. */
    public static final Set<String> PERCENTS = Set.of("%", "procent", "percent");
    /** Units that are a yes (1) or a no (0). */
    public static final Set<String> YES_NO = Set.of("ja/nej", "yes/no");
    /** Units of money: any sign, öre at most. */
    public static final Set<String> MONEY = Set.of("sek", "kr", "kronor");

    /** Decimals a figure may have at most (as {@code PlainNumber.FIGURE} reads them). */
    public static final int MAX_DECIMALS = 6;
    private static final int FIGURE_DECIMALS = MAX_DECIMALS;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The domain a unit implies, or empty for a unit Utfall does not know (then min/max must say). */
    public static Optional<MeasureDomain> ofUnit(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        if (PERCENTS.contains(u)) {
            return Optional.of(new MeasureDomain(BigDecimal.ZERO, HUNDRED, false, FIGURE_DECIMALS, "a percentage"));
        }
        if (COUNTS.contains(u)) {
            return Optional.of(new MeasureDomain(BigDecimal.ZERO, null, true, 0, "a count of " + unit.strip()));
        }
        if (YES_NO.contains(u)) {
            return Optional.of(new MeasureDomain(BigDecimal.ZERO, BigDecimal.ONE, true, 0, "a yes (1) or no (0)"));
        }
        if (MONEY.contains(u)) {
            return Optional.of(new MeasureDomain(null, null, false, 2, "an amount in " + unit.strip()));
        }
        return Optional.empty();
    }

    /** For a unit Utfall does not know: any value between the bounds the contract gives. */
    public static MeasureDomain bounded(String unit) {
        return new MeasureDomain(null, null, false, FIGURE_DECIMALS, "a figure in " + unit.strip());
    }

    /** The same domain with the contract's own bounds where it gives them. */
    public MeasureDomain bounds(BigDecimal newMin, BigDecimal newMax) {
        return new MeasureDomain(newMin != null ? newMin : min, newMax != null ? newMax : max, whole, decimals, kind);
    }

    /** The same domain allowing {@code n} decimals; a count with decimals is no longer whole. */
    public MeasureDomain decimals(int n) {
        return new MeasureDomain(min, max, n == 0, n, kind);
    }

    /**
     * Why {@code value} is not in this domain, or null when it is: words that follow "the value 860
     * is not allowed: ", e.g. "the measure is a percentage, a number from 0 to 100; check the figure".
     */
    public String refusal(BigDecimal value) {
        String is = "the measure is " + kind + ", " + range();
        if (whole && value.stripTrailingZeros().scale() > 0) {
            return is + "; write a whole number (an average of a count gives the measure 'decimals:')";
        }
        if (value.stripTrailingZeros().scale() > decimals) {
            return is + ", with at most " + decimals + " decimals; round it (or give the measure 'decimals:')";
        }
        if (min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0) {
            return is + "; check the figure" + (max != null && max.compareTo(HUNDRED) == 0
                    && value.compareTo(HUNDRED) > 0 ? " (a percentage is written 86, not 860)" : "");
        }
        return null;
    }

    /** The allowed values in words: "0–100", "a whole number 0 or more", "0 or 1". */
    public String range() {
        String what = whole ? "a whole number" : "a number";
        if (min != null && max != null) {
            return whole && min.signum() == 0 && max.compareTo(BigDecimal.ONE) == 0 ? "0 or 1"
                    : what + " from " + min.toPlainString() + " to " + max.toPlainString();
        }
        if (min != null) {
            return what + " " + min.toPlainString() + " or more";
        }
        if (max != null) {
            return what + " " + max.toPlainString() + " or less";
        }
        return whole ? "any whole number" : "any number";
    }
}

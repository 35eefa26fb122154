package se.utfall.importing;

import java.math.BigDecimal;
import se.utfall.contract.Contract;
import se.utfall.facts.MeasureDefinition;

/**
 * The checks measurements.csv holds a figure to, for a figure read from a published source: the year
 * within the contract period, the value within the measure's domain, respondents a whole number 0 or
 * more, a response rate 0–100, and no number of absurd size. Each returns what is wrong, or null.
 */
final class Checks {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    static String year(Contract contract, int year) {
        return year < contract.firstYear() || year > contract.lastYear()
                ? "year " + year + " is outside the contract period " + contract.firstYear() + "–" + contract.lastYear()
                + "; import only the contract's years." : null;
    }

    /** A number within a measurement file's bounds: at most 12 digits before the point and 6 after. */
    static String size(String what, BigDecimal d) {
        if (d.scale() > 6 || d.scale() < -12 || d.precision() - d.scale() > 12) {
            return what + " " + (Math.abs(d.scale()) > 40 ? "of absurd size" : d.toPlainString()) + " has more than"
                    + " 12 digits before the point or 6 after; it is not a published figure.";
        }
        return null;
    }

    static String value(Contract contract, String measure, BigDecimal value) {
        String size = size("value", value);
        if (size != null) {
            return size;
        }
        MeasureDefinition d = contract.measures().get(measure);
        String refusal = d == null ? null : d.domain().refusal(value);
        return refusal == null ? null : "value " + value.stripTrailingZeros().toPlainString() + " of " + measure + " ("
                + d.unit() + ") is not allowed: " + refusal + ".";
    }

    static String respondents(BigDecimal n) {
        if (n == null) {
            return null;
        }
        if (size("respondents", n) != null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0
                || n.compareTo(BigDecimal.valueOf(100_000_000)) > 0) {
            return "respondents " + n.stripTrailingZeros().toPlainString() + " must be a whole number 0 or more.";
        }
        return null;
    }

    static String rate(BigDecimal r) {
        if (r == null) {
            return null;
        }
        if (size("response_rate", r) != null || r.signum() < 0 || r.compareTo(HUNDRED) > 0) {
            return "response_rate " + r.stripTrailingZeros().toPlainString() + " must be a percentage 0–100"
                    + " (71.5, not 715 or 0.715).";
        }
        return null;
    }
}

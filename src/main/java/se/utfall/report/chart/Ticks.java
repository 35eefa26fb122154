package se.utfall.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * An axis range with "nice" ticks (steps of 1, 2 or 5 times a power of ten) that covers the values
 * drawn, in exact decimals: the tick labels are the numbers a reader would write, never 0.30000000004.
 */
public record Ticks(BigDecimal low, BigDecimal high, BigDecimal step) {

    /** At most about {@code count} ticks from a range covering low..high (0 is always included for money). */
    public static Ticks covering(BigDecimal low, BigDecimal high, int count) {
        if (low.compareTo(high) > 0) {
            BigDecimal t = low;
            low = high;
            high = t;
        }
        if (low.compareTo(high) == 0) {
            BigDecimal pad = low.signum() == 0 ? BigDecimal.ONE : low.abs().movePointLeft(1);
            low = low.subtract(pad);
            high = high.add(pad);
        }
        BigDecimal rough = high.subtract(low).divide(BigDecimal.valueOf(Math.max(1, count)), 12, RoundingMode.HALF_UP);
        BigDecimal step = nice(rough);
        BigDecimal first = low.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal last = high.divide(step, 0, RoundingMode.CEILING).multiply(step);
        return new Ticks(first.stripTrailingZeros(), last.stripTrailingZeros(), step.stripTrailingZeros());
    }

    /** The smallest 1, 2 or 5 times a power of ten that is at least {@code rough}. */
    static BigDecimal nice(BigDecimal rough) {
        if (rough.signum() <= 0) {
            return BigDecimal.ONE;
        }
        int exponent = rough.precision() - rough.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (int m : new int[] {1, 2, 5, 10}) {
            BigDecimal candidate = power.multiply(BigDecimal.valueOf(m));
            if (candidate.compareTo(rough) >= 0) {
                return candidate;
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    public List<BigDecimal> values() {
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal v = low; v.compareTo(high) <= 0 && out.size() < 100; v = v.add(step)) {
            out.add(v.stripTrailingZeros());
        }
        return out;
    }

    /** Where {@code value} lies between low (0) and high (1): a pixel fraction, computed from exact decimals. */
    public double fraction(BigDecimal value) {
        BigDecimal span = high.subtract(low);
        return value.subtract(low).divide(span, 8, RoundingMode.HALF_UP).doubleValue();
    }
}

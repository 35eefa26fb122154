package se.utfall.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The values a measure can take in generated trajectories: from {@code low} to {@code high} in
 * steps of {@code step}. Positions are numbered so that a higher position is always a better
 * result (for a lower-is-better measure, position 0 is the highest value), which lets every check
 * compare trajectories without caring about the measure's direction.
 */
public record Lattice(BigDecimal low, BigDecimal high, BigDecimal step, boolean higherIsBetter) {

    public Lattice {
        if (step.signum() <= 0 || high.compareTo(low) < 0) {
            throw new IllegalArgumentException("a lattice needs a positive step and low <= high");
        }
    }

    /** How many positions there are. */
    public int size() {
        return high.subtract(low).divide(step, 0, RoundingMode.FLOOR).intValueExact() + 1;
    }

    public int best() {
        return size() - 1;
    }

    /** The measure's value at a position (0 = worst). */
    public BigDecimal value(int position) {
        int k = higherIsBetter ? position : best() - position;
        return low.add(step.multiply(BigDecimal.valueOf(k))).stripTrailingZeros();
    }

    /** The position of a value, snapped to the nearest step; -1 when it lies outside. */
    public int position(BigDecimal value) {
        if (value.compareTo(low) < 0 || value.compareTo(high) > 0) {
            return -1;
        }
        int k = value.subtract(low).divide(step, 0, RoundingMode.HALF_UP).intValueExact();
        k = Math.min(k, best());
        return higherIsBetter ? k : best() - k;
    }

    public int clamp(int position) {
        return Math.max(0, Math.min(best(), position));
    }
}

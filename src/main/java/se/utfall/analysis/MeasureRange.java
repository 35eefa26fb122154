package se.utfall.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import se.utfall.facts.MeasureDefinition;

/**
 * The range and resolution a measure is varied over, unless the user gives one (--range):
 * a percentage 0–100; a yes/no figure 0–1; any other count or level from 0 (or below, when a
 * value is negative) to twice the largest value seen in the template or the clauses. The step is
 * the finest precision written in the template or the clauses (4.4 → 0.1), so the smallest step a
 * provider could really move is where cliffs are measured.
 */
public record MeasureRange(BigDecimal low, BigDecimal high, BigDecimal step) {

    public static MeasureRange guess(MeasureDefinition measure, List<BigDecimal> template, List<BigDecimal> keys) {
        List<BigDecimal> all = new ArrayList<>(template);
        all.addAll(keys);
        int scale = 0;
        for (BigDecimal v : all) {
            scale = Math.max(scale, Math.max(0, v.stripTrailingZeros().scale()));
        }
        scale = Math.min(scale, 4);
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        if ("%".equals(measure.unit() == null ? "" : measure.unit().strip())) {
            return new MeasureRange(BigDecimal.ZERO, BigDecimal.valueOf(100), step);
        }
        boolean yesNo = !template.isEmpty() && all.stream()
                .allMatch(v -> v.compareTo(BigDecimal.ZERO) == 0 || v.compareTo(BigDecimal.ONE) == 0);
        if (yesNo) {
            return new MeasureRange(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE);
        }
        BigDecimal max = all.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ONE).max(BigDecimal.ONE);
        BigDecimal min = all.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO).min(BigDecimal.ZERO);
        BigDecimal high = max.multiply(BigDecimal.valueOf(2)).setScale(scale, RoundingMode.CEILING);
        BigDecimal low = min.multiply(BigDecimal.valueOf(2)).setScale(scale, RoundingMode.FLOOR);
        return new MeasureRange(low, high, step);
    }

    public Lattice lattice(boolean higherIsBetter) {
        return new Lattice(low, high, step, higherIsBetter);
    }
}

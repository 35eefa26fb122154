package se.utfall.bench.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import se.utfall.facts.Measurement;

/**
 * rules/level-bonus: per subject measured in the year, the whole amount at or beyond the threshold
 * ({@code step}), or 0 at the floor rising in proportion to the whole amount at the ceiling
 * ({@code linear}: amount × gained / span, divided with 34 digits, the line rounded once). "Beyond"
 * follows the measure's direction. A figure from too few respondents, a missing figure or a level not
 * reached pays 0.
 */
record LevelBonusClause(String id, String measure, boolean higherIsBetter, boolean linear, BigDecimal threshold,
                        BigDecimal ceiling, BigDecimal amount, Integer minRespondents) implements ReferenceClause {
    @Override
    public void entitle(int year, Figures figures, Book book) {
        for (Measurement m : figures.of(measure, year)) {
            if (minRespondents != null && (m.respondents() == null || m.respondents() < minRespondents)) {
                continue;
            }
            BigDecimal value = m.value();
            if (!linear) {
                if (atOrBeyond(value, threshold)) {
                    book.book(id, year, amount);
                }
            } else if (atOrBeyond(value, ceiling)) {
                book.book(id, year, amount);
            } else if (atOrBeyond(value, threshold) && value.compareTo(threshold) != 0) {
                BigDecimal gained = higherIsBetter ? value.subtract(threshold) : threshold.subtract(value);
                BigDecimal span = higherIsBetter ? ceiling.subtract(threshold) : threshold.subtract(ceiling);
                book.book(id, year, amount.multiply(gained).divide(span, MathContext.DECIMAL128));
            }
        }
    }

    private boolean atOrBeyond(BigDecimal value, BigDecimal level) {
        int c = value.compareTo(level);
        return higherIsBetter ? c >= 0 : c <= 0;
    }
}

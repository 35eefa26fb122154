package se.utfall.bench.reference;

import java.math.BigDecimal;
import se.utfall.facts.Measurement;

/**
 * rules/rate-card: the price for each verified outcome, per subject; then the yearly cap, then the cap
 * over the contract period on what is left (each a line of its own). A year without a figure pays 0.
 */
record RateCardClause(String id, String measure, BigDecimal price, BigDecimal yearCap, BigDecimal totalCap)
        implements ReferenceClause {
    @Override
    public void entitle(int year, Figures figures, Book book) {
        for (Measurement m : figures.of(measure, year)) {
            book.book(id, year, m.value().multiply(price));
        }
    }

    @Override
    public void limitOwn(int year, Book book) {
        if (yearCap != null) {
            BigDecimal sum = book.sum(id, year);
            if (sum.compareTo(yearCap) > 0) {
                book.book(id, year, yearCap.subtract(sum));
            }
        }
        if (totalCap != null) {
            BigDecimal room = totalCap.subtract(book.sumBefore(id, year)).max(BigDecimal.ZERO);
            BigDecimal now = book.sum(id, year);
            if (now.compareTo(room) > 0) {
                book.book(id, year, room.subtract(now));
            }
        }
    }
}

package se.utfall.bench.reference;

import java.math.BigDecimal;
import java.util.List;

/**
 * rules/payment-cap, {@code per: year} and {@code per: period}, without a party filter: when the
 * counted clauses' lines of the year (or of the period so far), with the cap's own earlier lines,
 * exceed the limit, one line on the cap clause brings them down to it.
 */
record PaymentCapClause(String id, List<String> counted, boolean perPeriod, BigDecimal limit)
        implements ReferenceClause {
    @Override
    public void entitle(int year, Figures figures, Book book) {
    }

    @Override
    public void limitAcross(int year, Book book) {
        BigDecimal now = book.sum(id, year);
        for (String clause : counted) {
            now = now.add(book.sum(clause, year));
        }
        if (!perPeriod) {
            if (now.compareTo(limit) > 0) {
                book.book(id, year, limit.subtract(now));
            }
            return;
        }
        BigDecimal before = book.sumBefore(id, year);
        for (String clause : counted) {
            before = before.add(book.sumBefore(clause, year));
        }
        BigDecimal room = limit.subtract(before).max(BigDecimal.ZERO);
        if (now.compareTo(room) > 0) {
            book.book(id, year, room.subtract(now));
        }
    }
}

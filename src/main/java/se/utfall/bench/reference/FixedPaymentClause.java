package se.utfall.bench.reference;

import java.math.BigDecimal;
import java.util.List;
import se.utfall.facts.TableRow;

/** rules/fixed-payment: each schedule row of the year pays its amount (two rows for one year both pay). */
record FixedPaymentClause(String id, List<TableRow> schedule) implements ReferenceClause {
    @Override
    public void entitle(int year, Figures figures, Book book) {
        for (TableRow row : schedule) {
            BigDecimal rowYear = row.get("year");
            if (rowYear.intValue() == year) {
                book.book(id, year, row.get("amount"));
            }
        }
    }
}

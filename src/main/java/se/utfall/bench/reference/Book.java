package se.utfall.bench.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * The reference's decision lines, kept only as what totals need: the sum of each clause's lines per
 * year, every line rounded once by the contract's rule when it is booked (as the engine's lines are).
 */
final class Book {
    private final int firstYear;
    private final int decimals;
    private final RoundingMode mode;
    private final int years;
    private final Map<String, BigDecimal[]> sums = new HashMap<>();

    Book(int firstYear, int lastYear, int decimals, RoundingMode mode) {
        this.firstYear = firstYear;
        this.decimals = decimals;
        this.mode = mode;
        this.years = lastYear - firstYear + 1;
    }

    BigDecimal round(BigDecimal amount) {
        return amount.setScale(decimals, mode);
    }

    /** Books one line of {@code clause} in {@code year}, rounded; returns the rounded amount. */
    BigDecimal book(String clause, int year, BigDecimal amount) {
        BigDecimal rounded = round(amount);
        BigDecimal[] row = row(clause);
        int i = year - firstYear;
        row[i] = row[i].add(rounded);
        return rounded;
    }

    /** The sum of the clause's lines in {@code year} (0 when it has none). */
    BigDecimal sum(String clause, int year) {
        return row(clause)[year - firstYear];
    }

    /** The sum of the clause's lines in the years before {@code year}. */
    BigDecimal sumBefore(String clause, int year) {
        BigDecimal[] row = row(clause);
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < year - firstYear; i++) {
            s = s.add(row[i]);
        }
        return s;
    }

    /** The year's total over all clauses, at the contract's decimals (as a statement sums its lines). */
    BigDecimal total(int year) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal[] row : sums.values()) {
            s = s.add(row[year - firstYear]);
        }
        return s.setScale(decimals, RoundingMode.UNNECESSARY);
    }

    private BigDecimal[] row(String clause) {
        BigDecimal[] row = sums.get(clause);
        if (row == null) {
            row = new BigDecimal[years];
            java.util.Arrays.fill(row, BigDecimal.ZERO);
            sums.put(clause, row);
        }
        return row;
    }
}

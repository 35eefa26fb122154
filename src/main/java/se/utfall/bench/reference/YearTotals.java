package se.utfall.bench.reference;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import se.utfall.decision.Settlement;

/** What one contract's settlement decided per year, at the contract's decimals: what the comparison compares. */
public record YearTotals(String contract, int decimals, SortedMap<Integer, BigDecimal> byYear) {
    public YearTotals {
        byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
    }

    /** The engine's totals: each year's sum of lines, as the statement shows them. */
    public static YearTotals of(Settlement settlement) {
        TreeMap<Integer, BigDecimal> totals = new TreeMap<>();
        for (int year : settlement.years()) {
            totals.put(year, settlement.total(year));
        }
        return new YearTotals(settlement.contract().id(), settlement.contract().decimals(), totals);
    }

    public BigDecimal total() {
        return byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(decimals);
    }
}

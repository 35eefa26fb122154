package se.utfall.bench.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Engine against reference, contract-year by contract-year: equal only when every year's total is the
 * same amount to the öre (and so the grand totals). Amounts compare by value, so 100 and 100.00 agree
 * and 100.00 and 100.01 do not.
 */
public record TotalsComparison(int contracts, int contractYears, BigDecimal engineTotal, BigDecimal referenceTotal,
                               List<Difference> differences) {
    /** A contract-year the two decided differently; {@code null} when one of them has no such year. */
    public record Difference(String contract, int year, BigDecimal engine, BigDecimal reference) {
        @Override
        public String toString() {
            return contract + " " + year + ": engine " + (engine == null ? "no total" : engine.toPlainString())
                    + ", reference " + (reference == null ? "no total" : reference.toPlainString());
        }
    }

    public TotalsComparison {
        differences = List.copyOf(differences);
    }

    public boolean equal() {
        return differences.isEmpty() && engineTotal.compareTo(referenceTotal) == 0;
    }

    /** Compares the totals of the same contracts, given in the same order. */
    public static TotalsComparison of(List<YearTotals> engine, List<YearTotals> reference) {
        if (engine.size() != reference.size()) {
            throw new IllegalArgumentException(engine.size() + " engine settlements against " + reference.size()
                    + " reference settlements");
        }
        List<Difference> differences = new ArrayList<>();
        BigDecimal engineTotal = BigDecimal.ZERO;
        BigDecimal referenceTotal = BigDecimal.ZERO;
        int contractYears = 0;
        for (int i = 0; i < engine.size(); i++) {
            YearTotals e = engine.get(i);
            YearTotals r = reference.get(i);
            if (!e.contract().equals(r.contract())) {
                throw new IllegalArgumentException("engine settled " + e.contract() + " where the reference settled "
                        + r.contract());
            }
            Set<Integer> years = new TreeSet<>(e.byYear().keySet());
            years.addAll(r.byYear().keySet());
            for (int year : years) {
                BigDecimal a = e.byYear().get(year);
                BigDecimal b = r.byYear().get(year);
                if (a == null || b == null || a.compareTo(b) != 0) {
                    differences.add(new Difference(e.contract(), year, a, b));
                }
                contractYears++;
            }
            engineTotal = engineTotal.add(sum(e.byYear()));
            referenceTotal = referenceTotal.add(sum(r.byYear()));
        }
        return new TotalsComparison(engine.size(), contractYears, engineTotal, referenceTotal, differences);
    }

    private static BigDecimal sum(Map<Integer, BigDecimal> byYear) {
        return byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

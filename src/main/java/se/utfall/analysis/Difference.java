package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.utfall.contract.Clause;
import se.utfall.contract.Contract;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.Settlement;

/**
 * The clause that makes the difference between two histories: the one whose counted lines differ
 * most, year by year (the sum over the years of how far apart its amounts are, so a clause that
 * moves money between years counts too). Ties go to the clause written first. better and worse are
 * what the clause pays in total in each history.
 */
public record Difference(String clause, String title, BigDecimal better, BigDecimal worse) {

    /** The clause whose lines differ most, or null when no clause's lines differ. */
    public static Difference between(Settlement better, Settlement worse, CountedMoney money) {
        Contract c = better.contract();
        Map<String, BigDecimal[]> b = byClause(better, money);
        Map<String, BigDecimal[]> w = byClause(worse, money);
        Map<String, String> titles = new LinkedHashMap<>();
        for (Settlement s : List.of(better, worse)) {
            s.lines().forEach(l -> titles.putIfAbsent(l.clause(), l.clauseTitle()));
        }
        List<String> order = new ArrayList<>(c.clauses().stream().map(Clause::id).toList());
        titles.keySet().stream().filter(id -> !order.contains(id)).sorted().forEach(order::add);
        Difference found = null;
        BigDecimal most = BigDecimal.ZERO;
        int years = c.lastYear() - c.firstYear() + 1;
        for (String id : order) {
            BigDecimal[] x = b.getOrDefault(id, zeros(years));
            BigDecimal[] y = w.getOrDefault(id, zeros(years));
            BigDecimal apart = BigDecimal.ZERO;
            for (int i = 0; i < years; i++) {
                apart = apart.add(x[i].subtract(y[i]).abs());
            }
            if (apart.compareTo(most) > 0) {
                most = apart;
                found = new Difference(id, titles.getOrDefault(id, ""), sum(x), sum(y));
            }
        }
        return found;
    }

    private static Map<String, BigDecimal[]> byClause(Settlement s, CountedMoney money) {
        Contract c = s.contract();
        int years = c.lastYear() - c.firstYear() + 1;
        Map<String, BigDecimal[]> out = new LinkedHashMap<>();
        for (DecisionLine l : s.lines()) {
            if (!money.payers().contains(l.payer()) || l.year() < c.firstYear() || l.year() > c.lastYear()) {
                continue;
            }
            BigDecimal[] a = out.computeIfAbsent(l.clause(), k -> zeros(years));
            a[l.year() - c.firstYear()] = a[l.year() - c.firstYear()].add(l.amount());
        }
        return out;
    }

    private static BigDecimal[] zeros(int years) {
        BigDecimal[] a = new BigDecimal[years];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    private static BigDecimal sum(BigDecimal[] a) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : a) {
            s = s.add(v);
        }
        return s;
    }
}

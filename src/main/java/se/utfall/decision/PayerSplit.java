package se.utfall.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import se.utfall.facts.Figures;

/**
 * Splits a decision line between co-payers by their shares, exactly to the contract's smallest
 * unit (öre or krona): each payer first gets its exact share rounded toward zero; the units left
 * over go one each to the payers with the largest part cut off, ties to the payer listed first.
 * The parts always add up to the line's amount, and the same line splits the same way every time.
 */
public final class PayerSplit {
    private PayerSplit() {
    }

    public static List<DecisionLine> split(DecisionLine line, Map<String, BigDecimal> shares, int decimals) {
        if (shares.isEmpty()) {
            return List.of(line);
        }
        BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> payers = new ArrayList<>(shares.keySet());
        BigDecimal[] parts = new BigDecimal[payers.size()];
        BigDecimal[] cut = new BigDecimal[payers.size()];
        BigDecimal assigned = BigDecimal.ZERO;
        for (int i = 0; i < payers.size(); i++) {
            BigDecimal exact = line.amount().multiply(shares.get(payers.get(i)));
            // exact / total, kept exact enough to compare the cut-off parts: 20 digits beyond the unit.
            BigDecimal quotient = exact.divide(total, decimals + 20, RoundingMode.DOWN);
            parts[i] = quotient.setScale(decimals, RoundingMode.DOWN);
            cut[i] = quotient.subtract(parts[i]).abs();
            assigned = assigned.add(parts[i]);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        int leftover = line.amount().subtract(assigned).abs().divide(unit, 0, RoundingMode.UNNECESSARY).intValue();
        BigDecimal step = line.amount().signum() < 0 ? unit.negate() : unit;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < payers.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> cut[i]).reversed().thenComparing(i -> i));
        for (int k = 0; k < leftover; k++) {
            int i = order.get(k % order.size());
            parts[i] = parts[i].add(step);
        }
        List<DecisionLine> result = new ArrayList<>();
        for (int i = 0; i < payers.size(); i++) {
            String payer = payers.get(i);
            String share = Figures.decimal(shares.get(payer)) + " av " + Figures.decimal(total);
            result.add(new DecisionLine(line.year(), line.clause(), line.clauseTitle(), line.clauseOrder(),
                    line.subject(), payer, line.payee(), line.status(), parts[i],
                    line.reason() + (line.reason().isEmpty() ? "" : " ") + "Andel för " + payer + ": " + share + ".",
                    line.working() + (line.working().isEmpty() ? "" : "; ") + "andel " + share + " av "
                            + Figures.decimal(line.amount()) + " = " + Figures.decimal(parts[i]),
                    line.rule(), line.ruleLocation(), line.phase()));
        }
        return result;
    }
}

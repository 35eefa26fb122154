package se.utfall.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.Settlement;
import se.utfall.facts.LineStatus;

/**
 * What one payee is due from one payer for one year, as one net amount: what was decided for the
 * year in that flow (its breakdown by kind of line: gross, capped, withheld, released, ...), less
 * what earlier runs paid. The ledger records payments per clause and unit; finance pays this.
 */
public record NetPayment(int year, Settlement.Flow flow, BigDecimal decided, BigDecimal paidBefore,
                         Map<LineStatus, BigDecimal> byStatus, List<Payment> payments) {

    public BigDecimal due() {
        return decided.subtract(paidBefore);
    }

    /** Every year and flow the run decided or paid anything in, by year, then the contract's party order. */
    public static List<NetPayment> of(RunOutcome o) {
        Settlement s = o.settlement();
        int decimals = s.contract().decimals();
        List<NetPayment> result = new ArrayList<>();
        for (int year : s.years()) {
            Map<Settlement.Flow, BigDecimal> decided = s.flowTotals(l -> l.year() == year);
            Map<Settlement.Flow, List<Payment>> paidNow = new TreeMap<>(decided instanceof TreeMap<Settlement.Flow, ?> t
                    ? t.comparator() : null);
            for (Payment p : o.payments()) {
                if (p.key().year() == year) {
                    Settlement.Flow f = new Settlement.Flow(p.key().payer(), p.key().payee());
                    paidNow.computeIfAbsent(f, k -> new ArrayList<>()).add(p);
                    decided.putIfAbsent(f, BigDecimal.ZERO.setScale(decimals));
                }
            }
            for (Map.Entry<Settlement.Flow, BigDecimal> e : decided.entrySet()) {
                Settlement.Flow f = e.getKey();
                List<Payment> payments = paidNow.getOrDefault(f, List.of());
                BigDecimal due = payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                Map<LineStatus, BigDecimal> byStatus = new EnumMap<>(LineStatus.class);
                for (DecisionLine l : s.lines(year)) {
                    if (l.payer().equals(f.payer()) && l.payee().equals(f.payee()) && l.amount().signum() != 0) {
                        byStatus.merge(l.status(), l.amount(), BigDecimal::add);
                    }
                }
                result.add(new NetPayment(year, f, e.getValue(), e.getValue().subtract(due).setScale(decimals),
                        Map.copyOf(byStatus).isEmpty() ? Map.of() : new EnumMap<>(byStatus), List.copyOf(payments)));
            }
        }
        return List.copyOf(result);
    }
}

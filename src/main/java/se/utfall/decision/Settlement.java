package se.utfall.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import se.utfall.contract.Contract;
import se.utfall.contract.Party;

/**
 * The outcome of settling a contract up to a year: every decision line of every year (sorted), and
 * the audit of which rules fired. Totals are sums of lines; nothing is stored apart from them.
 */
public record Settlement(Contract contract, int asOfYear, List<DecisionLine> lines, List<FiredRule> audit) {

    public List<Integer> years() {
        return IntStream.rangeClosed(contract.firstYear(), asOfYear).boxed().toList();
    }

    public List<DecisionLine> lines(int year) {
        return lines.stream().filter(l -> l.year() == year).toList();
    }

    public BigDecimal total() {
        return sum(l -> true);
    }

    public BigDecimal total(int year) {
        return sum(l -> l.year() == year);
    }

    public BigDecimal clauseTotal(String clause) {
        return sum(l -> l.clause().equals(clause));
    }

    public BigDecimal clauseTotal(String clause, int year) {
        return sum(l -> l.clause().equals(clause) && l.year() == year);
    }

    public BigDecimal sum(Predicate<DecisionLine> which) {
        return lines.stream().filter(which).map(DecisionLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(contract.decimals());
    }

    /** Each party's paid and received totals, in the order the contract lists the parties. */
    public List<PartyBalance> balances(Predicate<DecisionLine> which) {
        List<PartyBalance> result = new ArrayList<>();
        for (Party p : contract.parties().values()) {
            BigDecimal paid = sum(which.and(l -> l.payer().equals(p.id())));
            BigDecimal received = sum(which.and(l -> l.payee().equals(p.id())));
            result.add(new PartyBalance(p.id(), p.name(), p.role(), paid, received));
        }
        return result;
    }

    public List<PartyBalance> balances() {
        return balances(l -> true);
    }

    /** A direction money flows in: from payer to payee. Totals never add opposite directions. */
    public record Flow(String payer, String payee) {
    }

    /**
     * The total of each flow (payer → payee) among the lines chosen, in the order the contract lists
     * the payers and then the payees; flows whose lines are all 0 are left out.
     */
    public Map<Flow, BigDecimal> flowTotals(Predicate<DecisionLine> which) {
        List<String> order = new ArrayList<>(contract.parties().keySet());
        Map<Flow, BigDecimal> totals = new java.util.TreeMap<>(java.util.Comparator
                .comparingInt((Flow f) -> rank(order, f.payer())).thenComparing(Flow::payer)
                .thenComparingInt(f -> rank(order, f.payee())).thenComparing(Flow::payee));
        lines.stream().filter(which).filter(l -> l.amount().signum() != 0)
                .forEach(l -> totals.merge(new Flow(l.payer(), l.payee()), l.amount(), BigDecimal::add));
        totals.replaceAll((f, v) -> v.setScale(contract.decimals()));
        return totals;
    }

    private static int rank(List<String> order, String party) {
        int i = order.indexOf(party);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    public Map<String, BigDecimal> clauseTotals() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        contract.clauses().forEach(c -> totals.put(c.id(), clauseTotal(c.id())));
        return totals;
    }
}

package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import se.utfall.contract.Contract;
import se.utfall.contract.Party;
import se.utfall.decision.DecisionLine;
import se.utfall.decision.Settlement;

/**
 * What "paid" means in the analysis: every decision line whose payer is one of the counted
 * parties, by default the contract's purchasers and co-payers. That is the public money that depends on the
 * results: an investor's fixed financing of the provider (Österåker) is paid by the investor and
 * left out, while an internal contract (Örnsköldsvik) counts what the purchasing board pays its
 * own administration, whatever the payee.
 */
public record CountedMoney(Set<String> payers, String description) {

    /** The roles whose payments count by default: a purchaser, and a co-payer sharing its payments. */
    public static final Set<String> PAYING_ROLES = Set.of("purchaser", "co-payer");

    /**
     * Every purchaser and co-payer: several public bodies that split a payment (a municipality, a
     * region and the employment service, samverkan-arbete) all pay for the results, so every share
     * counts in the exposure and in the checks, not only the first purchaser's.
     */
    public static CountedMoney purchasers(Contract contract) {
        Set<String> ids = contract.parties().values().stream().filter(p -> PAYING_ROLES.contains(p.role()))
                .map(Party::id).collect(Collectors.toCollection(TreeSet::new));
        return of(contract, ids);
    }

    public static CountedMoney of(Contract contract, Set<String> payers) {
        List<String> names = new ArrayList<>();
        for (Party p : contract.parties().values()) {
            if (payers.contains(p.id())) {
                names.add(p.name() + " (" + p.role() + ")");
            }
        }
        List<String> left = new ArrayList<>();
        for (Party p : contract.parties().values()) {
            if (!payers.contains(p.id())) {
                left.add(p.name() + " (" + p.role() + ")");
            }
        }
        String d = "every payment decided with " + String.join(" or ", names) + " as payer, to any payee, "
                + contract.firstYear() + "–" + contract.lastYear() + "; payments by "
                + (left.isEmpty() ? "no other party" : String.join(", ", left))
                + " are left out, so fixed financing between other parties does not blur the incentive.";
        return new CountedMoney(Set.copyOf(new TreeSet<>(payers)), d);
    }

    public Payout of(Settlement settlement) {
        Contract c = settlement.contract();
        List<BigDecimal> perYear = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(c.decimals());
        for (int y = c.firstYear(); y <= c.lastYear(); y++) {
            BigDecimal sum = BigDecimal.ZERO.setScale(c.decimals());
            for (DecisionLine l : settlement.lines(y)) {
                if (payers.contains(l.payer())) {
                    sum = sum.add(l.amount());
                }
            }
            perYear.add(sum);
            total = total.add(sum);
        }
        return new Payout(List.copyOf(perYear), total);
    }
}

package se.utfall.contract;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import se.utfall.problem.Suggestions;
import se.utfall.yaml.YMap;
import se.utfall.yaml.YRead;

/**
 * A clause paid by several parties together: {@code payers: { kommunen: 60, regionen: 40 }}. Shares
 * are relative weights (percentages, parts, anything positive), kept in the order written, which is
 * the order remainders go in (see {@code se.utfall.decision.PayerSplit}).
 */
final class PayerShares {
    private PayerShares() {
    }

    /** The shares the clause names, or an empty map when it has no {@code payers:}. */
    static Map<String, BigDecimal> read(YMap clause, Map<String, Party> parties, String where) {
        if (!clause.has("payers")) {
            return Map.of();
        }
        if (clause.has("payer")) {
            throw YRead.fail(clause.get("payer"), where + " has both payer and payers; keep payers (the shares) and"
                    + " remove payer.");
        }
        YMap map = YRead.map(clause.get("payers"), "payers of " + where);
        if (map.keys().size() < 2) {
            throw YRead.fail(map, where + " payers names " + map.keys().size() + " party; a shared payment needs at"
                    + " least two, or write 'payer: " + String.join("", map.keys()) + "' instead.");
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (String pid : map.keys()) {
            if (!parties.containsKey(pid)) {
                throw YRead.fail(map.get(pid), where + " payers '" + pid + "' is not a party of the contract."
                        + Suggestions.hint(pid, parties.keySet()));
            }
            BigDecimal share = YRead.decimal(map.get(pid), "the share of " + pid);
            if (share.signum() <= 0) {
                throw YRead.fail(map.get(pid), where + " gives " + pid + " the share " + share.toPlainString()
                        + "; every share must be above 0 (leave a party out instead).");
            }
            shares.put(pid, share);
        }
        return Collections.unmodifiableMap(shares);
    }
}

package se.utfall.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utfall.facts.LineStatus;

/** Shares add up to the line to the last unit, and leftovers go where the documentation says. */
class PayerSplitTest {

    @Test
    void leftoverUnitsGoToTheLargestCutOffPartsFirst() {
        // 11 × 45/35/20 = 4,95 / 3,85 / 2,2 → 4 / 3 / 2, two kronor over: to 0,95 and 0,85.
        assertEquals(List.of("5", "4", "2"), amounts(split("11", 0, "a", "45", "b", "35", "c", "20")));
    }

    @Test
    void equalCutOffPartsGiveTheLeftoverToThePayerListedFirst() {
        assertEquals(List.of("34", "34", "33"), amounts(split("101", 0, "a", "1", "b", "1", "c", "1")));
        List<DecisionLine> listedCab = split("101", 0, "c", "1", "a", "1", "b", "1");
        assertEquals(List.of("c", "a", "b"), listedCab.stream().map(DecisionLine::payer).toList());
        assertEquals(List.of("34", "34", "33"), amounts(listedCab), "the order written decides, not the name");
    }

    @Test
    void negativeLinesSplitTheSameWayWithTheSignKept() {
        assertEquals(List.of("-5", "-4", "-2"), amounts(split("-11", 0, "a", "45", "b", "35", "c", "20")));
    }

    @Test
    void oreAreSplitExactlyAndThePartsAlwaysAddUpToTheLine() {
        List<DecisionLine> parts = split("100000.01", 2, "a", "1", "b", "1", "c", "1");
        assertEquals(List.of("33333.34", "33333.34", "33333.33"), amounts(parts));
        for (String amount : List.of("0.01", "0.02", "999999.99", "-780000.00", "1234.57")) {
            BigDecimal sum = split(amount, 2, "a", "3", "b", "7", "c", "11").stream().map(DecisionLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(new BigDecimal(amount), sum, amount);
        }
    }

    @Test
    void eachPartSaysWhoseShareItIs() {
        DecisionLine first = split("100", 0, "kommunen", "60", "regionen", "40").get(0);
        assertEquals("kommunen", first.payer());
        assertEquals("Fast belopp. Andel för kommunen: 60 av 100.", first.reason());
    }

    private static List<DecisionLine> split(String amount, int decimals, String... payersAndShares) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        for (int i = 0; i < payersAndShares.length; i += 2) {
            shares.put(payersAndShares[i], new BigDecimal(payersAndShares[i + 1]));
        }
        DecisionLine line = new DecisionLine(2026, "§4", "Avgift", 1, "", "a", "p", LineStatus.PAYABLE,
                new BigDecimal(amount), "Fast belopp.", "", "rule", "f.drl:1", "entitle");
        return PayerSplit.split(line, shares, decimals);
    }

    private static List<String> amounts(List<DecisionLine> parts) {
        return parts.stream().map(l -> l.amount().toPlainString()).toList();
    }
}

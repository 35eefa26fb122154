package se.utfall.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ClauseTermsTest {
    @Test
    void linesAreRoundedOnceByTheContractsRule() {
        ClauseTerms whole = new ClauseTerms();
        whole.init("§5", "t", 1, "kommunen", "utforaren", 0, RoundingMode.HALF_UP);
        assertEquals(new BigDecimal("33334"), whole.pay(2026, new BigDecimal("33333.5"), "r", Working.of("")).amount());
        ClauseTerms ore = new ClauseTerms();
        ore.init("§5", "t", 1, "kommunen", "utforaren", 2, RoundingMode.HALF_EVEN);
        assertEquals(new BigDecimal("0.12"), ore.pay(2026, new BigDecimal("0.125"), "r", Working.of("")).amount());
    }

    @Test
    void linesCarryTheClauseAndItsParties() {
        ClauseTerms t = new ClauseTerms();
        t.init("§6.1", "t", 2, "kommunen", "fonden", 0, RoundingMode.HALF_UP);
        Line l = t.adjust(2028, LineStatus.CAPPED, new BigDecimal("-780000"), "r", Working.of(""));
        assertEquals("§6.1", l.clause());
        assertEquals("kommunen", l.payer());
        assertEquals("fonden", l.payee());
        assertEquals(LineStatus.CAPPED, l.status());
    }

    @Test
    void aPaymentForAnImprovementSaysWhichChangeItPaysFor() {
        ClauseTerms t = new ClauseTerms();
        t.init("§5.2", "t", 2, "namnden", "utforaren", 0, RoundingMode.HALF_UP);
        Improvement change = new Improvement("nojdhet", 2025, new BigDecimal("70"), new BigDecimal("85"),
                new BigDecimal("15"));
        Line l = t.payFor(2026, "Norr", change, new BigDecimal("150000.4"), "r", Working.of(""));
        assertEquals(new BigDecimal("150000"), l.amount());
        assertEquals(new BigDecimal("15"), l.getQuantity());
        assertEquals("§5.2", l.getAbout());
        assertEquals(null, t.pay(2026, "Norr", BigDecimal.ONE, "r", Working.of("")).getQuantity());
    }

    @Test
    void aSafeguardsAdjustmentIsItsOwnLineInTheGuardedFlowAndCountsWithTheGuardedClause() {
        ClauseTerms bonus = new ClauseTerms();
        bonus.init("§5.2", "t", 2, "namnden", "utforaren", 0, RoundingMode.HALF_UP);
        ClauseTerms guard = new ClauseTerms();
        guard.init("§5.3", "t", 3, "kommunen", "annan", 0, RoundingMode.HALF_UP);
        Line paid = bonus.pay(2026, "Norr", new BigDecimal("150000"), "r", Working.of(""));
        Line back = guard.adjustLine(2027, paid, LineStatus.CLAWED_BACK, new BigDecimal("-25000.5"), "r",
                Working.of(""));
        assertEquals("§5.3", back.clause());
        assertEquals("§5.2", back.getAbout());
        assertEquals(2027, back.year());
        assertEquals("Norr", back.subject());
        assertEquals("namnden", back.payer());
        assertEquals("utforaren", back.payee());
        assertEquals(new BigDecimal("-25001"), back.amount());
    }

    @Test
    void anImprovementOfNothingIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new Improvement("m", null, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO));
    }

    @Test
    void termsCannotBeReboundToAnotherClause() {
        ClauseTerms t = new ClauseTerms();
        t.init("§6.1", "t", 2, "kommunen", "fonden", 0, RoundingMode.HALF_UP);
        assertThrows(IllegalStateException.class, () -> t.init("§7", "t", 3, "a", "b", 0, RoundingMode.HALF_UP));
    }
}

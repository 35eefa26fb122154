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
    void termsCannotBeReboundToAnotherClause() {
        ClauseTerms t = new ClauseTerms();
        t.init("§6.1", "t", 2, "kommunen", "fonden", 0, RoundingMode.HALF_UP);
        assertThrows(IllegalStateException.class, () -> t.init("§7", "t", 3, "a", "b", 0, RoundingMode.HALF_UP));
    }
}

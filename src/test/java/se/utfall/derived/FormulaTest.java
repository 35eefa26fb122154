package se.utfall.derived;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A derived measure's formula is read by its own small parser and computed exactly in BigDecimal. */
class FormulaTest {
    private static BigDecimal eval(String formula, Map<String, BigDecimal> figures) {
        return Formula.parse(formula).evaluate(figures);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aReductionIsComputedExactlyAndShownWithItsFigures() {
        Formula f = Formula.parse("(jamforelse - behandlade) / jamforelse * 100");
        Map<String, BigDecimal> figures = Map.of("jamforelse", d("1200"), "behandlade", d("1050"));
        assertEquals(0, d("12.5").compareTo(f.evaluate(figures)));
        assertEquals("(jamforelse − behandlade) / jamforelse × 100", f.words());
        assertEquals("(1 200 − 1 050) / 1 200 × 100", f.withFigures(figures));
        assertEquals(List.of("jamforelse", "behandlade"), List.copyOf(f.names()));
    }

    @Test
    void operatorsBindAsInSchoolArithmetic() {
        assertEquals(0, d("14").compareTo(eval("2 + 3 * 4", Map.of())));
        assertEquals(0, d("20").compareTo(eval("(2 + 3) * 4", Map.of())));
        assertEquals(0, d("-1").compareTo(eval("-3 + 2", Map.of())));
        assertEquals(0, d("1").compareTo(eval("10 - 6 - 3", Map.of())));
        assertEquals(0, d("1").compareTo(eval("8 / 4 / 2", Map.of())));
    }

    @Test
    void minAndMaxGiveAFloorAndACeiling() {
        Map<String, BigDecimal> f = Map.of("x", d("-15"));
        assertEquals(0, BigDecimal.ZERO.compareTo(eval("max(0, x)", f)));
        assertEquals(0, d("-15").compareTo(eval("min(0, x, 3)", f)));
        assertEquals("max(0; x)", Formula.parse("max(0, x)").words());
    }

    @Test
    void aDivisionThatDoesNotEndIsCarriedTo34DigitsAndRoundedOnceByTheMeasure() {
        BigDecimal third = eval("1 / 3", Map.of());
        assertEquals(34, third.precision());
        assertEquals(d("0.33"), third.setScale(2, RoundingMode.HALF_UP));
        // 2/3 × 3 is 2 to 34 digits: rounding happens once, at the end, not after the division
        assertEquals(d("2.00"), eval("2 / 3 * 3", Map.of()).setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    void divisionByZeroIsNamedNotAnInfinity() {
        ArithmeticException e = assertThrows(ArithmeticException.class,
                () -> eval("a / (b - c)", Map.of("a", d("1"), "b", d("2"), "c", d("2"))));
        assertEquals("(b − c)", e.getMessage());
    }

    @Test
    void codeIsNeverRun() {
        FormulaError e = assertThrows(FormulaError.class,
                () -> Formula.parse("java.lang.System.exit(0)"));
        assertTrue(e.getMessage().contains("'.' at character 5"), e.getMessage());
        assertThrows(FormulaError.class, () -> Formula.parse("exit(0)"));
        assertThrows(FormulaError.class, () -> Formula.parse("a; b"));
        assertThrows(FormulaError.class, () -> Formula.parse("\"a\""));
    }

    @Test
    void limitsAreKept() {
        assertTrue(assertThrows(FormulaError.class, () -> Formula.parse("(".repeat(9) + "a" + ")".repeat(9)))
                .getMessage().contains("nested more than 8"));
        Formula.parse("(".repeat(7) + "a" + ")".repeat(7));
        assertTrue(assertThrows(FormulaError.class, () -> Formula.parse("a + " + "9".repeat(16)))
                .getMessage().contains("more than 15 digits"));
        assertTrue(assertThrows(FormulaError.class, () -> Formula.parse("a + 1e9")).getMessage()
                .contains("exponent notation"));
        assertTrue(assertThrows(FormulaError.class, () -> Formula.parse("a ^ 9")).getMessage().contains("power"));
        assertTrue(assertThrows(FormulaError.class, () -> Formula.parse("a" + " + a".repeat(100))).getMessage()
                .contains("at most 300"));
        assertTrue(assertThrows(FormulaError.class, () -> Formula.parse("0,5 * a")).getMessage()
                .contains("decimals are written with a point"));
        assertTrue(assertThrows(FormulaError.class, () -> Formula.parse("max(a)")).getMessage()
                .contains("at least two arguments"));
        assertTrue(assertThrows(FormulaError.class, () -> Formula.parse("(a + b")).getMessage()
                .contains("ends where ')'"));
    }
}

package se.utfall.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlainNumberTest {
    private static String refusal(PlainNumber rule, String raw) {
        return assertThrows(PlainNumber.Refused.class, () -> rule.parse(raw)).getMessage();
    }

    @Test
    void digitsWithAPointAndASignAreNumbers() {
        assertEquals(new BigDecimal("85.5"), PlainNumber.FIGURE.parse("85.5"));
        assertEquals(new BigDecimal("-5"), PlainNumber.FIGURE.parse("-5"));
        assertEquals(new BigDecimal("999999999999.999999"), PlainNumber.FIGURE.parse("999999999999.999999"));
        assertEquals(new BigDecimal("0000012"), PlainNumber.FIGURE.parse("0000012"));
    }

    @Test
    void exponentsAreRefusedWithWhatToWrite() {
        for (String raw : new String[] {"1e3", "1E-2", "1e999999999", "1e-999999999", ".5e1", "2E+3"}) {
            assertTrue(refusal(PlainNumber.FIGURE, raw).contains("written with an exponent; write the number out"), raw);
        }
    }

    @Test
    void moreDigitsThanAnyFigureNeedsAreRefused() {
        assertTrue(refusal(PlainNumber.FIGURE, "1234567890123").contains("13 digits before the point"));
        assertTrue(refusal(PlainNumber.FIGURE, "0.1234567").contains("7 decimals, more than the 6 allowed"));
        assertTrue(refusal(PlainNumber.YAML, "1" + "0".repeat(15)).contains("16 digits"));
        assertTrue(refusal(PlainNumber.YAML, "0." + "1".repeat(11)).contains("11 decimals"));
    }

    @Test
    void otherShapesSayHowToWriteThem() {
        assertTrue(refusal(PlainNumber.FIGURE, "85,5").contains("use a point for decimals"));
        assertTrue(refusal(PlainNumber.FIGURE, "86%").contains("leave out the % sign"));
        assertTrue(refusal(PlainNumber.FIGURE, "+5").contains("leave out the + sign"));
        assertTrue(refusal(PlainNumber.FIGURE, ".5").contains("0.5"));
        assertTrue(refusal(PlainNumber.FIGURE, "NaN").contains("is not a number"));
        assertTrue(refusal(PlainNumber.FIGURE, "x\u001by").contains("x\\u001by"), "the value is shown escaped");
    }
}

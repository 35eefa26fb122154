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

    private static String writtenRefusal(String raw, WrittenNumber.DecimalSign sure) {
        return assertThrows(PlainNumber.Refused.class, () -> PlainNumber.YAML.parseWritten(raw, sure)).getMessage();
    }

    @Test
    void writtenNumbersReadAsAPersonWritesThem() {
        WrittenNumber.DecimalSign point = WrittenNumber.DecimalSign.POINT;
        assertEquals(new BigDecimal("80.5"), PlainNumber.YAML.parseWritten("80,5", point));
        assertEquals(new BigDecimal("80.5"), PlainNumber.YAML.parseWritten("80.5", point));
        assertEquals(new BigDecimal("120000"), PlainNumber.YAML.parseWritten("120 000", point));
        assertEquals(new BigDecimal("120000.50"), PlainNumber.YAML.parseWritten("120 000,50", point));
        assertEquals(new BigDecimal("1250000"), PlainNumber.YAML.parseWritten("1\u00a0250\u00a0000", point));
        assertEquals(new BigDecimal("-5.25"), PlainNumber.YAML.parseWritten("-5,25", point));
        assertEquals(new BigDecimal("0.125"), PlainNumber.YAML.parseWritten("0,125", point), "a leading 0 is never grouped");
        assertEquals(new BigDecimal("1.645"), PlainNumber.YAML.parseWritten("1.645", point), "YAML's point is sure");
        assertEquals(new BigDecimal("1.645"), PlainNumber.YAML.parseWritten("1,645", WrittenNumber.DecimalSign.COMMA));
    }

    @Test
    void aSeparatorBeforeExactlyThreeDigitsIsAmbiguousUnlessThePlaceFixesTheDecimalSign() {
        assertEquals("'1,000' can be read both as 1 and as 1 000; write 1 000 for thousands, or 1.000 for the decimal",
                writtenRefusal("1,000", WrittenNumber.DecimalSign.POINT));
        assertEquals("'1.000' can be read both as 1 and as 1 000; write 1 000 for thousands, or 1,000 for the decimal",
                writtenRefusal("1.000", WrittenNumber.DecimalSign.COMMA));
        assertEquals("'2,125' can be read both as 2 and as 2 125; write 2 125 for thousands, or 2,1250 for the decimal",
                writtenRefusal("2,125", WrittenNumber.DecimalSign.EITHER));
        assertEquals("'50.000' can be read both as 50 and as 50 000; write 50 000 for thousands, or 50 for the decimal",
                writtenRefusal("50.000", WrittenNumber.DecimalSign.EITHER));
    }

    @Test
    void writtenNumbersThatAreNotNumbersSayHowToWriteThem() {
        WrittenNumber.DecimalSign point = WrittenNumber.DecimalSign.POINT;
        assertTrue(writtenRefusal("12 00", point).contains("is not a number; write it like 120 000, 80,5 or 80.5"));
        assertTrue(writtenRefusal("1,2,3", point).contains("is not a number"));
        assertTrue(writtenRefusal("8e1", point).contains("written with an exponent"));
        assertTrue(writtenRefusal("86%", point).contains("leave out the % sign"));
        assertTrue(writtenRefusal("1 000 000 000 000 000", point).contains("16 digits before the point"));
    }
}

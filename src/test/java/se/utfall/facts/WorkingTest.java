package se.utfall.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WorkingTest {
    @Test
    void aWorkingReadsAsFormulaThenFiguresThenResult() {
        Working w = Working.of("{deltagare} × {pris}", new BigDecimal("20"), new BigDecimal("68000"));
        assertEquals("deltagare × pris = 20 × 68 000 = 1 360 000", w.render(new BigDecimal("1360000")));
    }

    @Test
    void figuresAreWrittenTheSwedishWay() {
        assertEquals("1 360 000", Figures.decimal(new BigDecimal("1360000.00")));
        assertEquals("85,5", Figures.decimal(new BigDecimal("85.50")));
        assertEquals("−780 000", Figures.decimal(new BigDecimal("-780000")));
        assertEquals("0", Figures.decimal(new BigDecimal("0.000")));
        assertEquals("999", Figures.decimal(new BigDecimal("999")));
        assertEquals("1 000", Figures.decimal(new BigDecimal("1E+3")));
    }

    @Test
    void levelsAndChangesAreWrittenInTheMeasuresUnit() {
        assertEquals("85,5 %", Figures.level(new BigDecimal("85.5"), "%"));
        assertEquals("5 procentenheter", Figures.change(new BigDecimal("5"), "%"));
        assertEquals("1 procentenhet", Figures.change(new BigDecimal("1.0"), "%"));
        assertEquals("16 personer", Figures.level(new BigDecimal("16"), "personer"));
        assertEquals("1", Figures.level(BigDecimal.ONE, "personer"));
        assertEquals("4,8", Figures.level(new BigDecimal("4.8"), ""));
    }

    @Test
    void aWorkingWithTheWrongNumberOfFiguresIsARuleAuthorsMistake() {
        assertThrows(IllegalArgumentException.class, () -> Working.of("{a} × {b}", BigDecimal.ONE));
    }
}

package se.utfall.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.utfall.engine.PreparedContract;
import se.utfall.facts.Measurement;
import se.utfall.library.ClauseLibrary;

/** Issue 14: the analyzer widens a template to more units so that a cap across clauses binds. */
class TemplateWidenedTest {
    private static final Path HOME_CARE = Path.of("contracts/hemtjanst-kundnojdhet");

    private static Template template() {
        PreparedContract p = PreparedContract.prepare(HOME_CARE, ClauseLibrary.load(Path.of("rules")));
        return Template.of(p.contract(), p.measurements(null));
    }

    @Test
    void theUnitsAreTheSubjectsOfTheMostMeasuredMeasureNotTheProviderAsAWhole() {
        assertEquals(List.of("Hemtjänst Norr", "Hemtjänst Söder"), template().units());
    }

    @Test
    void extraUnitsCopyTheTemplatesOwnInTurnAndTheProviderIsNotMultiplied() {
        Template wide = template().widened(5);
        assertEquals(5, wide.unitCount());
        assertEquals(List.of("Enhet 3 (som Hemtjänst Norr)", "Enhet 4 (som Hemtjänst Söder)", "Enhet 5 (som Hemtjänst Norr)",
                "Hemtjänst Norr", "Hemtjänst Söder"), wide.units());
        List<BigDecimal> norr = wide.series("Hemtjänst Norr", "nojdhet").stream().map(Measurement::value).toList();
        assertEquals(norr, wide.series("Enhet 5 (som Hemtjänst Norr)", "nojdhet").stream().map(Measurement::value).toList());
        assertEquals(List.of("Utföraren"), wide.subjects("nyanstallda_langt_fran_arbetsmarknaden"));
    }

    @Test
    void aTemplateWithEnoughUnitsIsKept() {
        Template t = template();
        assertSame(t, t.widened(2));
        assertSame(t, t.widened(0));
    }
}

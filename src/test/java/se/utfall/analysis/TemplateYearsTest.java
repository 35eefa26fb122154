package se.utfall.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.utfall.contract.Contract;
import se.utfall.facts.MeasureDefinition;
import se.utfall.facts.MeasureDomain;
import se.utfall.facts.MeasureRole;
import se.utfall.facts.Measurement;

/** Issue 15: the template invents no figure for a year before the figure exists, nor any year of a state. */
class TemplateYearsTest {

    private static Contract contract() {
        Map<String, MeasureDefinition> measures = new LinkedHashMap<>();
        measures.put("i_arbete", new MeasureDefinition("i_arbete", "I arbete", "personer", true, ""));
        measures.put("saldo", new MeasureDefinition("saldo", "Investerarens saldo", "SEK", true, "",
                MeasureDomain.ofUnit("SEK").orElseThrow(), MeasureRole.STATE));
        return new Contract("t", "T", Path.of("."), Path.of("contract.yaml"), 2025, 2028, "SEK", 0,
                RoundingMode.HALF_UP, Map.of(), measures, List.of(), List.of(), List.of());
    }

    private static Measurement row(String measure, int year, int value) {
        return new Measurement("kohort", measure, year, BigDecimal.valueOf(value), null, null, "", "");
    }

    private static List<Integer> years(Template t, String measure) {
        return t.with(Map.of()).stream().filter(m -> m.measure().equals(measure)).map(Measurement::year).toList();
    }

    @Test
    void aMeasureFirstMeasuredIn2027IsNotInventedFor2025Or2026ButHeldSteadyAfter() {
        Template t = Template.of(contract(), List.of(row("i_arbete", 2027, 7)));
        assertEquals(List.of(2027, 2028), years(t, "i_arbete"));
        assertEquals(List.of(new BigDecimal("7"), new BigDecimal("7"), new BigDecimal("7"), new BigDecimal("7")),
                t.valuesByYear("kohort", "i_arbete"), "a starting point to vary from in every year");
    }

    @Test
    void aStateKeepsExactlyTheRowsTheFileHas() {
        Template t = Template.of(contract(), List.of(row("i_arbete", 2025, 3), row("saldo", 2025, 3_000_000),
                row("saldo", 2027, 1_000_000)));
        assertEquals(List.of(2025, 2027), years(t, "saldo"));
        assertEquals(List.of(2025, 2026, 2027, 2028), years(t, "i_arbete"));
    }
}

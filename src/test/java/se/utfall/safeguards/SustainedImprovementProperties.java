package se.utfall.safeguards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.utfall.safeguards.ExampleContract.figure;
import static se.utfall.safeguards.ExampleContract.line;
import static se.utfall.safeguards.ExampleContract.sum;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.utfall.decision.Settlement;
import se.utfall.facts.Measurement;

/**
 * rules/sustained-improvement/example: §5.2 pays 10 000 kr a point above the unit's best earlier
 * level; §5.4 pays it in 3 instalments, the 2nd and 3rd only if the level is at most 1 point lower.
 */
class SustainedImprovementProperties {
    private static final ExampleContract CONTRACT = ExampleContract.of("sustained-improvement");
    private static final int YEARS = CONTRACT.lastYear() - CONTRACT.firstYear() + 1;
    private static final int PER_POINT = 10_000;
    private static final int INSTALMENTS = 3;
    private static final int TOLERANCE = 1;

    @Provide
    Arbitrary<List<Integer>> levels() {
        return Arbitraries.integers().between(60, 100).list().ofSize(YEARS);
    }

    @Property(tries = 100)
    void instalmentsNeverPayMoreThanTheEntitlementNorLessThanNothing(@ForAll("levels") List<Integer> levels) {
        Settlement s = CONTRACT.settleToEnd(measurements("Enhet Norr", levels));
        BigDecimal entitled = sum(s, line("§5.2", "Enhet Norr"));
        BigDecimal paid = entitled.add(sum(s, line("§5.4", "Enhet Norr")));
        assertTrue(paid.signum() >= 0 && paid.compareTo(entitled) <= 0, "paid " + paid + " outside 0.." + entitled);
    }

    @Property(tries = 100)
    void aLevelThatNeverFallsIsPaidInFullToTheÖre(@ForAll("levels") List<Integer> steps) {
        // a non-decreasing trajectory: every instalment's year holds the level that earned it
        List<Integer> levels = new ArrayList<>();
        int level = 60;
        for (int step : steps) {
            level = Math.min(100, level + (step - 60) / 8);
            levels.add(level);
        }
        Settlement s = CONTRACT.settleToEnd(measurements("Enhet Norr", levels));
        assertEquals(0, sum(s, line("§5.4", "Enhet Norr")).signum(), "levels " + levels);
    }

    @Property(tries = 100)
    void aOneYearSpikeIsPaidAtMostItsFirstInstalment(@ForAll @IntRange(min = 60, max = 85) int before,
                                                     @ForAll @IntRange(min = 2, max = 15) int rise,
                                                     @ForAll("levels") List<Integer> after) {
        // the spike is in the second year; every later year stays more than the tolerance below it
        List<Integer> levels = new ArrayList<>(List.of(before, before + rise));
        for (int i = 2; i < YEARS; i++) {
            levels.add(Math.min(after.get(i), before + rise - TOLERANCE - 1));
        }
        Settlement s = CONTRACT.settleToEnd(measurements("Enhet Syd", levels));
        BigDecimal payment = BigDecimal.valueOf((long) rise * PER_POINT);
        BigDecimal first = payment.divide(BigDecimal.valueOf(INSTALMENTS), 0, RoundingMode.HALF_UP);
        BigDecimal paid = sum(s, line("§5.2", "Enhet Syd")).add(sum(s, line("§5.4", "Enhet Syd")));
        assertEquals(first, paid, "levels " + levels);
    }

    private static List<Measurement> measurements(String unit, List<Integer> levels) {
        List<Measurement> out = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            out.add(figure(unit, "nojdhet", CONTRACT.firstYear() + i, levels.get(i)));
        }
        return out;
    }
}

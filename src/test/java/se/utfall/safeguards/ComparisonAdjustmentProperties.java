package se.utfall.safeguards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import se.utfall.decision.Settlement;

/**
 * comparison-adjustment's example contract (10 000 kr a point above the unit's best earlier level;
 * only improvement beyond Riket's change over the same years counts; 2026–2028).
 */
class ComparisonAdjustmentProperties {
    private static final String CONTRACT = "rules/comparison-adjustment/example/contract.yaml";

    private static Settlement settle(List<Integer> unit, List<Integer> riket) {
        return Trajectories.of(CONTRACT, "overall_satisfaction")
                .subject("Enhet Norr", Trajectories.halves(unit))
                .subject("Riket", Trajectories.halves(riket)).settle();
    }

    @Property(tries = 100)
    void nothingIsPaidWhenTheComparisonGroupMovedEqually(
            @ForAll @Size(3) List<@IntRange(min = 60, max = 150) Integer> unit,
            @ForAll @IntRange(min = -40, max = 40) int offset) {
        List<Integer> riket = new ArrayList<>();
        unit.forEach(u -> riket.add(u + offset));
        Settlement s = settle(unit, riket);
        assertEquals(0, s.total().signum(), () -> unit + " against " + riket + " paid " + s.total());
    }

    @Property(tries = 100)
    void theComparisonNeverPaysMoreThanTheBonusWithoutIt(
            @ForAll @Size(3) List<@IntRange(min = 100, max = 198) Integer> unit,
            @ForAll @Size(3) List<@IntRange(min = 100, max = 198) Integer> riket) {
        Settlement s = settle(unit, riket);
        BigDecimal unitBonus = s.sum(l -> l.clause().equals("§5.2") && l.subject().equals("Enhet Norr"));
        BigDecimal paid = s.total();
        assertTrue(paid.signum() >= 0 && paid.compareTo(unitBonus) <= 0,
                () -> unit + " against " + riket + ": paid " + paid + ", bonus " + unitBonus);
        assertEquals(0, s.sum(l -> l.subject().equals("Riket")).signum(), () -> "Riket was paid: " + s.lines());
    }
}

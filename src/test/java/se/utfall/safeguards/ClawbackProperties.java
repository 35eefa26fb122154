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
import se.utfall.facts.LineStatus;

/**
 * clawback's example contract (10 000 kr a point above the unit's best earlier level; 50 % of what
 * was paid for the part lost within 2 years is recovered; 2026–2030) over generated trajectories.
 */
class ClawbackProperties {
    private static final String CONTRACT = "rules/clawback/example/contract.yaml";
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private static Settlement settle(List<Integer> halfPoints) {
        return Trajectories.of(CONTRACT, "overall_satisfaction").subject("Enhet Norr", Trajectories.halves(halfPoints))
                .settle();
    }

    @Property(tries = 100)
    void aClawbackNeverRecoversMoreThanTheShareOfWhatWasPaid(
            @ForAll @Size(5) List<@IntRange(min = 100, max = 190) Integer> levels) {
        Settlement s = settle(levels);
        BigDecimal paid = s.clauseTotal("§5.2");
        BigDecimal clawed = s.clauseTotal("§5.4").negate();
        assertTrue(clawed.signum() >= 0, () -> levels + ": a clawback paid out " + clawed.negate());
        assertTrue(clawed.compareTo(paid.multiply(HALF)) <= 0, () -> levels + ": clawed " + clawed + " of " + paid);
        s.lines().stream().filter(l -> l.clause().equals("§5.4"))
                .forEach(l -> assertEquals(LineStatus.CLAWED_BACK, l.status(), () -> levels + ": " + l));
    }

    /**
     * A year at the same level as the year before adds no loss to any payment still in its period
     * (2028's payment lost no more than in 2029; 2029's, if any, was paid for exactly that level),
     * so nothing is recovered twice.
     */
    @Property(tries = 100)
    void aYearAtTheSameLevelAsTheYearBeforeRecoversNothing(
            @ForAll @Size(4) List<@IntRange(min = 100, max = 190) Integer> firstYears) {
        List<Integer> levels = new ArrayList<>(firstYears);
        levels.add(firstYears.get(3));
        Settlement s = settle(levels);
        assertEquals(0, s.sum(l -> l.clause().equals("§5.4") && l.year() == 2030).signum(),
                () -> levels + ": recovered again in 2030: " + s.lines(2030));
    }
}

package se.utfall.safeguards;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import se.utfall.decision.Settlement;

/**
 * sampling-margin's example contract (10 000 kr a point above the unit's best earlier level; only
 * the part of a change beyond 1,96 × √(p1(1 − p1)/n1 + p2(1 − p2)/n2) counts; 2026–2028).
 */
class SamplingMarginProperties {
    private static final String CONTRACT = "rules/sampling-margin/example/contract.yaml";

    private static Settlement settle(List<Integer> halfPoints, int respondents) {
        return Trajectories.of(CONTRACT, "overall_satisfaction")
                .subject("Enhet Norr", Trajectories.halves(halfPoints), respondents).settle();
    }

    @Property(tries = 100)
    void theMarginNeverPaysMoreThanTheBonusWithoutItAndNeverLessThanNothing(
            @ForAll @Size(3) List<@IntRange(min = 100, max = 198) Integer> levels,
            @ForAll @IntRange(min = 20, max = 5000) int respondents) {
        Settlement s = settle(levels, respondents);
        BigDecimal without = s.clauseTotal("§5.2");
        for (int y : s.years()) {
            BigDecimal year = s.total(y);
            assertTrue(year.signum() >= 0 && year.compareTo(s.clauseTotal("§5.2", y)) <= 0,
                    () -> levels + " n=" + respondents + ": " + y + " paid " + year);
        }
        assertTrue(s.total().compareTo(without) <= 0, () -> levels + ": " + s.total() + " > " + without);
    }

    @Property(tries = 100)
    void moreRespondentsNeverCountLessOfTheSameChange(
            @ForAll @Size(3) List<@IntRange(min = 100, max = 198) Integer> levels,
            @ForAll @IntRange(min = 20, max = 1000) int respondents,
            @ForAll @IntRange(min = 1, max = 20) int times) {
        BigDecimal few = settle(levels, respondents).total();
        BigDecimal many = settle(levels, respondents * times).total();
        assertTrue(many.compareTo(few) >= 0, () -> levels + ": n=" + respondents + " paid " + few + ", n="
                + respondents * times + " paid " + many);
    }
}

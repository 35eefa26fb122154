package se.utfall.safeguards;

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
 * improvement-carry-forward's example contract (10 000 kr a point above the unit's best earlier
 * level, at most 80 000 kr a unit and year, the rest carried while the level holds within 1 point,
 * 2026–2029) over generated trajectories. Levels are on a half-point grid.
 */
class CarryForwardProperties {
    private static final String CONTRACT = "rules/improvement-carry-forward/example/contract.yaml";
    private static final BigDecimal PER_POINT = new BigDecimal("10000");
    private static final BigDecimal CAP = new BigDecimal("80000");

    private static BigDecimal paid(List<BigDecimal> levels) {
        return Trajectories.of(CONTRACT, "overall_satisfaction").subject("Enhet Norr", levels).settle().total();
    }

    @Property(tries = 100)
    void reachingALevelInOneJumpAndHoldingIsPaidAtLeastAsMuchAsReachingItInSteps(
            @ForAll @IntRange(min = 100, max = 170) int start,
            @ForAll @Size(3) List<@IntRange(min = 0, max = 20) Integer> steps) {
        // steps: the half-points climbed in 2027, 2028 and 2029; the jump climbs them all in 2027
        int target = start + steps.stream().mapToInt(Integer::intValue).sum();
        List<Integer> climbing = new ArrayList<>(List.of(start));
        for (int s : steps) {
            climbing.add(climbing.get(climbing.size() - 1) + s);
        }
        List<Integer> jump = List.of(start, target, target, target);
        BigDecimal jumpPaid = paid(Trajectories.halves(jump));
        BigDecimal stepsPaid = paid(Trajectories.halves(climbing));
        assertTrue(jumpPaid.compareTo(stepsPaid) >= 0,
                () -> "jump " + jump + " paid " + jumpPaid + " < steps " + climbing + " paid " + stepsPaid);
    }

    /**
     * From the same first (baseline) year: a unit that starts higher has less improvement to be paid
     * for, which is what an improvement bonus without an agreed baseline means, not a flaw of the cap.
     */
    @Property(tries = 100)
    void fromTheSameStartResultsBetterOrEqualInEveryLaterYearAreNeverPaidLess(
            @ForAll @Size(4) List<@IntRange(min = 100, max = 190) Integer> worse,
            @ForAll @Size(3) List<@IntRange(min = 0, max = 30) Integer> better) {
        List<Integer> best = new ArrayList<>(List.of(worse.get(0)));
        for (int i = 1; i < 4; i++) {
            best.add(worse.get(i) + better.get(i - 1));
        }
        BigDecimal a = paid(Trajectories.halves(best));
        BigDecimal b = paid(Trajectories.halves(worse));
        assertTrue(a.compareTo(b) >= 0, () -> best + " paid " + a + " < " + worse + " paid " + b);
    }

    @Property(tries = 100)
    void neverMoreThanTheUncappedBonusAndNeverMoreThanTheCapInAYear(
            @ForAll @Size(4) List<@IntRange(min = 100, max = 190) Integer> levels) {
        List<BigDecimal> l = Trajectories.halves(levels);
        Settlement s = Trajectories.of(CONTRACT, "overall_satisfaction").subject("Enhet Norr", l).settle();
        BigDecimal best = l.stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal uncapped = best.subtract(l.get(0)).multiply(PER_POINT);
        assertTrue(s.total().compareTo(uncapped) <= 0, () -> levels + " paid " + s.total() + " > uncapped " + uncapped);
        for (int y : s.years()) {
            BigDecimal year = s.total(y);
            assertTrue(year.compareTo(CAP) <= 0 && year.signum() >= 0, () -> levels + ": " + y + " paid " + year);
        }
    }
}

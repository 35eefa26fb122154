package se.utfall.safeguards;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The home-care contract (contracts/hemtjanst-kundnojdhet, 2025–2028) with one unit: a unit that
 * reaches a level in one jump in 2026 and holds it is paid at least as much in total as one that
 * reaches it in steps, whatever the special condition (§6) pays. With one unit the yearly cap of
 * 400 000 kr across clauses (§8) cannot bind (at most 120 000 + 80 000 + 100 000 a year); where it
 * binds (five units, tests/engangshopp.yaml) §8 carries what it cuts, so the jump is still paid no
 * less than the steps, and `utfall analyze` checks that with five units.
 */
class HomeCareJumpProperties {
    private static final String CONTRACT = "contracts/hemtjanst-kundnojdhet/contract.yaml";

    private static BigDecimal paid(List<Integer> halfPoints, List<Integer> employed) {
        Trajectories t = Trajectories.of(CONTRACT, "nojdhet").subject("Hemtjänst Norr", Trajectories.halves(halfPoints));
        for (int i = 0; i < employed.size(); i++) {
            t.row("Utföraren", "nyanstallda_langt_fran_arbetsmarknaden", t.firstYear() + i,
                    BigDecimal.valueOf(employed.get(i)));
        }
        return t.settle().total();
    }

    @Property(tries = 100)
    void aJumpAndHoldIsPaidAtLeastAsMuchAsTheSameLevelReachedInSteps(
            @ForAll @IntRange(min = 120, max = 180) int start,
            @ForAll @Size(3) List<@IntRange(min = 0, max = 14) Integer> steps,
            @ForAll @Size(4) List<@IntRange(min = 0, max = 5) Integer> employed) {
        int target = start + steps.stream().mapToInt(Integer::intValue).sum();
        List<Integer> climbing = new ArrayList<>(List.of(start));
        for (int s : steps) {
            climbing.add(climbing.get(climbing.size() - 1) + s);
        }
        List<Integer> jump = List.of(start, target, target, target);
        BigDecimal jumpPaid = paid(jump, employed);
        BigDecimal stepsPaid = paid(climbing, employed);
        assertTrue(jumpPaid.compareTo(stepsPaid) >= 0,
                () -> "jump " + jump + " paid " + jumpPaid + " < steps " + climbing + " paid " + stepsPaid);
    }
}

package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** The coarse grid stays on the lattice however many steps the range has (issue 15: int overflow). */
class FociGridPropertiesTest {

    @Property
    void everyGridValueLiesOnTheLatticeInOrderFromEndToEnd(
            @ForAll @IntRange(min = 1, max = Integer.MAX_VALUE - 1) int steps,
            @ForAll @IntRange(min = 1, max = 6) int years,
            @ForAll @IntRange(min = 0, max = 1_000_000) int templateAt) {
        Lattice lattice = new Lattice(BigDecimal.ZERO, BigDecimal.valueOf(steps), BigDecimal.ONE, true);
        int at = Math.min(templateAt, lattice.best());
        List<Integer> grid = Foci.grid(lattice, Trajectory.constant(years, at), List.of(), years, 1296);
        Assertions.assertEquals(0, grid.get(0), grid.toString());
        Assertions.assertEquals(lattice.best(), grid.get(grid.size() - 1), grid.toString());
        for (int i = 1; i < grid.size(); i++) {
            Assertions.assertTrue(grid.get(i - 1) < grid.get(i), "not ascending: " + grid);
        }
        Assertions.assertTrue(grid.contains(at), "the template's value is on the grid: " + grid);
    }

    /** The range from the issue: 0–7.8 M in öre steps; every grid value was negative or beyond the range. */
    @Test
    void aRangeOfSevenPointEightMillionInOereIsSearchedInsideIt() {
        Lattice lattice = new Lattice(BigDecimal.ZERO, new BigDecimal("7800000"), new BigDecimal("0.01"), true);
        List<Integer> grid = Foci.grid(lattice, Trajectory.constant(2, 0), List.of(), 2, 1296);
        Assertions.assertEquals(36, grid.size(), grid.toString());
        for (int p : grid) {
            BigDecimal v = lattice.value(p);
            Assertions.assertTrue(v.signum() >= 0 && v.compareTo(new BigDecimal("7800000")) <= 0, "outside: " + v);
        }
        Assertions.assertEquals(0, new BigDecimal("3120000").compareTo(lattice.value(grid.get(14))), lattice.value(grid.get(14)).toPlainString());
    }

    @Property
    void evenlyIsExactHalfUpDivision(@ForAll @IntRange(min = 0, max = 50) int parts,
                                     @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int last) {
        for (int i = 0; i <= parts; i++) {
            java.math.BigDecimal exact = BigDecimal.valueOf(i).multiply(BigDecimal.valueOf(last))
                    .divide(BigDecimal.valueOf(Math.max(1, parts)), 0, java.math.RoundingMode.HALF_UP);
            int expected = parts == 0 ? 0 : exact.intValueExact();
            Assertions.assertEquals(expected, Foci.evenly(i, last, parts), i + " of " + parts + " to " + last);
        }
    }
}

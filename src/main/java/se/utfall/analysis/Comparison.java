package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A check of the form "this trajectory must be paid at least as much as that one": dominance,
 * saw-tooth, early achievement and decline. Each says which pairs it is about, builds them from
 * the coarse grid and at random, and rebuilds a pair after the shrinker has moved it.
 */
public interface Comparison {
    /** Short machine name, e.g. "saw-tooth". */
    String id();

    /** The property in one sentence for a procurement officer. */
    String claim();

    /** What the better trajectory is called in a counter-example ("holding steady", "earlier"). */
    String betterName();

    String worseName();

    /** The pair rebuilt from its worse trajectory (and, for dominance, its better one), or empty when the shape no longer fits. */
    Optional<Pair> normalize(Pair p);

    List<Pair> fromGrid(Focus focus, List<Trajectory> grid);

    Optional<Pair> random(Focus focus, SplittableRandom random, int years);

    /** How much the worse trajectory is paid beyond the better one; positive means the check fails. */
    default BigDecimal shortfall(Pair pair, Payout better, Payout worse) {
        return worse.total().subtract(better.total());
    }
}

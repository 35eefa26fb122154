package se.utfall.analysis;

import java.math.BigDecimal;

/** A concrete pair of trajectories of one figure, what each is paid, and how much the worse one gets beyond the better. */
public record Example(Focus focus, Pair pair, Payout better, Payout worse, BigDecimal shortfall) {
}

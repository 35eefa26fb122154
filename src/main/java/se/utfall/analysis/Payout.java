package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.List;

/** What a trajectory is paid: the counted money per contract year, and in total. */
public record Payout(List<BigDecimal> perYear, BigDecimal total) {
}

package se.utfall.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The largest total the counted parties were found to pay over every trajectory searched, the
 * figures that reach it, the caps that cut it (CAPPED lines by clause) and the budget it is held
 * against.
 */
public record Exposure(Map<Focus, Trajectory> figures, Payout payout, List<CapApplied> caps, BigDecimal budget,
                       Status status) {

    /** A clause whose cap cut the payout, and by how much in total. */
    public record CapApplied(String clause, String title, BigDecimal cut) {
    }
}

package se.utfall.facts;

import java.math.BigDecimal;

/**
 * The improvement a payment line pays for: a measure's change for the line's subject from a level
 * (measured in {@code fromYear}, or an agreed level when {@code fromYear} is null) to the level
 * measured in the line's year, and its size in the measure's unit, counted in the better direction
 * (so always positive). Safeguards read it to judge the change (its sampling margin, the comparison
 * group's change over the same years, whether the level still holds) and reduce the line in
 * proportion: a line of 150 000 kr for 15 points of which 9 count is reduced by 6/15.
 */
public record Improvement(String measure, Integer fromYear, BigDecimal from, BigDecimal to, BigDecimal quantity) {

    public Improvement {
        if (quantity == null || quantity.signum() <= 0) {
            throw new IllegalArgumentException("an improvement must be a positive quantity, got " + quantity);
        }
    }

    /** True when the change starts from an agreed level rather than a measured year. */
    public boolean fromAgreedLevel() {
        return fromYear == null;
    }
}

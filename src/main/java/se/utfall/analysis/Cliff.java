package se.utfall.analysis;

import java.math.BigDecimal;

/**
 * The largest change in total payout for the smallest step of a figure: in year index
 * {@code year}, from {@code lower.at(year)} to {@code upper.at(year)}, every other value the same;
 * clause is the clause whose payment makes the step (better = one step up, worse = as is).
 */
public record Cliff(Focus focus, int year, Trajectory lower, Trajectory upper, Payout atLower, Payout atUpper,
                    BigDecimal change, BigDecimal limit, Status status, Difference clause) {
}

package se.utfall.facts;

import java.math.BigDecimal;

/**
 * One verified figure: a measure for a subject (a unit, a cohort, the whole contract) in a year.
 * respondents and responseRate are null where the measure is not a survey.
 */
public record Measurement(String subject, String measure, int year, BigDecimal value,
                          Integer respondents, BigDecimal responseRate, String source, String verifiedBy) {
}

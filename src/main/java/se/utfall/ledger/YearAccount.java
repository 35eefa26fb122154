package se.utfall.ledger;

import java.math.BigDecimal;

/** For one year: what the run decided, what earlier runs had paid, and what is due now. */
public record YearAccount(int year, BigDecimal decided, BigDecimal paidBefore, BigDecimal dueNow) {
}

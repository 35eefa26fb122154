package se.utfall.ledger;

import java.math.BigDecimal;

/**
 * Money a run moves: the first payment for a year ({@link #PAYMENT}) or a correction of a year
 * already settled ({@link #ADJUSTMENT}), with the reason in words.
 */
public record Payment(PaymentKey key, String kind, BigDecimal amount, BigDecimal decided, BigDecimal paidBefore,
                      String reason) {
    public static final String PAYMENT = "PAYMENT";
    public static final String ADJUSTMENT = "ADJUSTMENT";
}
